// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createBigGridFilter } from '../../../utils/dom/bigDataGrids';

function grid(rows: number, tag: 'div' | 'table' = 'div'): Element {
  const g = document.createElement(tag);
  if (tag === 'div') g.setAttribute('role', 'grid');
  for (let i = 0; i < rows; i++) {
    const row = document.createElement(tag === 'div' ? 'div' : 'tr');
    if (tag === 'div') row.setAttribute('role', 'row');
    const cell = document.createElement(tag === 'div' ? 'span' : 'td');
    cell.textContent = String(i);
    row.append(cell);
    g.append(row);
  }
  document.body.append(g);
  return g;
}

const record = (target: Node) => ({ target }) as unknown as MutationRecord;

describe('big data grid filter', () => {
  it.each([
    ['a cell of a 500-row live grid', () => grid(500).querySelector('span')!.firstChild!, true],
    ['rows added to a 500-row table', () => grid(500, 'table'), true],
    ['a cell of the 4-row permissions table', () => grid(4).querySelector('span')!, false],
    ['a button outside any grid', () => document.body.appendChild(document.createElement('button')), false],
    [
      'a cell of a 300-row list drawn with bare divs',
      () => {
        const list = document.body.appendChild(document.createElement('div'));
        for (let i = 0; i < 300; i++) list.appendChild(document.createElement('div')).appendChild(document.createElement('span')).textContent = String(i);
        return list.children[7]!.firstElementChild!.firstChild!;
      },
      true,
    ],
    [
      'a control in a short list drawn with bare divs',
      () => {
        const list = document.body.appendChild(document.createElement('div'));
        for (let i = 0; i < 5; i++) list.appendChild(document.createElement('div')).appendChild(document.createElement('button'));
        return list.children[2]!.firstElementChild!;
      },
      false,
    ],
  ])('%s → ignorable: %s', (_name, target, ignorable) => {
    document.body.innerHTML = '';
    expect(createBigGridFilter()([record(target())])).toBe(ignorable);
  });

  it('a change to a row the page has since removed is ignorable', () => {
    document.body.innerHTML = '';
    const row = grid(300).querySelector('[role="row"]')!;
    row.remove();
    const button = document.body.appendChild(document.createElement('button'));
    expect(createBigGridFilter()([record(row.querySelector('span')!.firstChild!)])).toBe(true);
    expect(createBigGridFilter()([record(row), record(button)])).toBe(false);
  });

  it('a batch with one relevant change is not ignorable', () => {
    document.body.innerHTML = '';
    const live = grid(300).querySelector('span')!;
    const button = document.body.appendChild(document.createElement('button'));
    expect(createBigGridFilter()([record(live), record(button)])).toBe(false);
  });
});
