import { describe, expect, it } from 'vitest';
import { orderNotices } from '../../../components/Notices';
import type { Notice } from '../../../utils/setup/setupState';

const notice = (id: string, severity: Notice['severity'], at: number): Notice => ({ id, severity, message: id, at });

describe('notices are listed by what needs the admin most', () => {
  it('errors, then warnings, then information; the newest first within each', () => {
    const ordered = orderNotices([notice('old-info', 'info', 1), notice('old-warning', 'warning', 2), notice('error', 'error', 3), notice('new-warning', 'warning', 4), notice('new-info', 'info', 5)]);
    expect(ordered.map((n) => n.id)).toEqual(['error', 'new-warning', 'old-warning', 'new-info', 'old-info']);
  });
});
