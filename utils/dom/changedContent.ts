/**
 * What a batch of mutation records added or changed, for callers that decide from the records
 * alone whether a change concerns them: every added element or text node still in the
 * document, and every text node whose data changed in place. Removals and attribute changes are
 * not visited. `text` reads the node's text only when asked (textContent of a big subtree costs).
 */
export function changedContent(records: readonly MutationRecord[], visit: (node: Node, text: () => string) => boolean): boolean {
  for (const record of records) {
    if (record.type === 'characterData') {
      const node = record.target;
      if (node.isConnected && visit(node, () => node.nodeValue ?? '')) return true;
      continue;
    }
    if (record.type !== 'childList') continue;
    const added = record.addedNodes;
    for (let i = 0; i < added.length; i++) {
      const node = added[i]!;
      // Comments and nodes removed again within the batch show nothing.
      if ((node.nodeType !== 1 && node.nodeType !== 3) || !node.isConnected) continue;
      if (visit(node, () => node.textContent ?? '')) return true;
    }
  }
  return false;
}
