import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ToastProps } from '../../components/popup/Toast';

export type ToastContent = Pick<ToastProps, 'message' | 'tone' | 'action'>;

/** Long enough to read a sentence and reach Undo, short enough not to linger. */
export const TOAST_MS = 6000;

/** One toast at a time; a new one replaces the old, and each goes away after a while. */
export function useToast() {
  const [toast, setToast] = useState<ToastContent | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dismiss = useCallback(() => {
    clearTimeout(timer.current);
    setToast(null);
  }, []);
  const show = useCallback((content: ToastContent) => {
    clearTimeout(timer.current);
    setToast(content);
    timer.current = setTimeout(() => setToast(null), TOAST_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return { toast, show, dismiss };
}
