/**
 * Any failure in the Graph section as the status line shows it: the engine's message and its
 * one-line explanation, or the sign-in sentence. Never includes request bodies or tokens.
 */
import { SignInError } from '@/utils/auth/signInError';
import { GraphError } from '@/utils/graph/graphError';
import type { GraphState } from './graphStore';

export function errorState(error: unknown): Pick<GraphState, 'status' | 'message' | 'explanation'> {
  if (error instanceof SignInError) return { status: 'error', message: error.message, explanation: undefined };
  if (error instanceof GraphError) {
    // A token failure surfaces through the transport as a 401 carrying the sign-in sentence.
    if (error.code === 'TokenUnavailable') return { status: 'error', message: error.message, explanation: undefined };
    return { status: 'error', message: error.message, explanation: error.explanation };
  }
  return { status: 'error', message: error instanceof Error ? error.message : String(error), explanation: undefined };
}
