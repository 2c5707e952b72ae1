import type { FlashbarProps } from '@cloudscape-design/components/flashbar';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface FlashMessage {
  type: 'success' | 'error' | 'info' | 'in-progress';
  header: string;
  content?: ReactNode;
}

interface FlashContextValue {
  items: FlashbarProps.MessageDefinition[];
  /** Shows a message, or replaces the one with the same id (in progress → done, in place). */
  show: (id: string, message: FlashMessage) => void;
  dismiss: (id: string) => void;
}

const FlashContext = createContext<FlashContextValue | undefined>(undefined);

export function FlashProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<(FlashMessage & { id: string })[]>([]);

  const dismiss = useCallback(
    (id: string) => setMessages((current) => current.filter((message) => message.id !== id)),
    [],
  );
  const show = useCallback((id: string, message: FlashMessage) => {
    setMessages((current) => [{ ...message, id }, ...current.filter((m) => m.id !== id)]);
  }, []);

  const items = useMemo(
    () =>
      messages.map((message): FlashbarProps.MessageDefinition => ({
        id: message.id,
        type: message.type === 'in-progress' ? 'info' : message.type,
        loading: message.type === 'in-progress',
        header: message.header,
        content: message.content,
        dismissible: message.type !== 'in-progress',
        dismissLabel: 'Dismiss message',
        onDismiss: () => dismiss(message.id),
      })),
    [messages, dismiss],
  );

  const value = useMemo(() => ({ items, show, dismiss }), [items, show, dismiss]);
  return <FlashContext.Provider value={value}>{children}</FlashContext.Provider>;
}

export function useFlash(): FlashContextValue {
  const value = useContext(FlashContext);
  if (!value) throw new Error('useFlash needs a FlashProvider above it');
  return value;
}
