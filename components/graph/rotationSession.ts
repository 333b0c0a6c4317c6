/**
 * The rotation engine's store, kept in session storage (rotationItem.ts): a panel closed mid-rotation finds
 * the rotation again, and a finished rotation is not repeated. The panel store mirrors every write.
 */
import type { RotationStore } from '@/utils/graph/rotationRecord';
import { useGraphStore } from './graphStore';
import { rotationItem } from './rotationItem';

export function sessionRotationStore(): RotationStore {
  return {
    async load() {
      return (await rotationItem.getValue()) ?? undefined;
    },
    async save(record) {
      await rotationItem.setValue(record);
      useGraphStore.setState({ rotationRecord: structuredClone(record) });
    },
    async clear() {
      await rotationItem.removeValue();
      useGraphStore.setState({ rotationRecord: undefined });
    },
  };
}
