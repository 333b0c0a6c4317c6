// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../fixtures/tonicdm/react-app/App';
import { fillSecurityForm } from '../../../utils/tonicdm/fillSecurityForm';
import { findSecurityFields } from '../../../utils/tonicdm/findSecurityFields';

declare global {
  // React reads this to know updates are wrapped in act().
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

const VALUES = {
  secret: 'Qx8Q~abcDEF.ghiJKL_mnoPQR-stuVWX~yz0123456',
  expiryIso: '2027-01-08',
  clientId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  tenantId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
};

describe('React replica with controlled inputs', () => {
  let root: Root;

  beforeEach(async () => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    root = createRoot(container);
    await act(async () => root.render(<App />));
  });

  afterEach(async () => {
    await act(async () => root.unmount());
    delete window.__tonicdmReplica;
  });

  it('starts empty and unsubmitted', () => {
    expect(window.__tonicdmReplica?.getState()).toEqual({ secret: '', expiry: '', clientId: '', tenantId: '', submitted: false });
  });

  it('takes the fill into React state, and leaves Go to the admin', async () => {
    let outcome: ReturnType<typeof fillSecurityForm> | undefined;
    await act(async () => {
      outcome = fillSecurityForm(document, VALUES, 'en-US');
    });
    expect(outcome?.ok).toBe(true);
    expect(window.__tonicdmReplica?.getState()).toEqual({
      secret: VALUES.secret,
      expiry: '01/08/2027',
      clientId: VALUES.clientId,
      tenantId: VALUES.tenantId,
      submitted: false,
    });
  });

  it('records the submit when the admin presses the Go the finder points at', async () => {
    const search = findSecurityFields(document);
    expect(search.status).toBe('found');
    if (search.status !== 'found') return;
    expect(search.goButton?.closest('section')?.id).toBe('security');
    await act(async () => search.goButton?.click());
    expect(window.__tonicdmReplica?.getState().submitted).toBe(true);
  });
});
