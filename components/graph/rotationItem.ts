/**
 * This browser session's secret rotation (ids, hints and dates, never a value), in `storage.session` next to
 * the Automate checkpoint. Its own module: the panel checks it before the Graph section's code loads.
 */
import { storage } from 'wxt/utils/storage';
import type { RotationRecord } from '@/utils/graph/rotationRecord';

export const rotationItem = storage.defineItem<RotationRecord | null>('session:graphRotation', { fallback: null });
