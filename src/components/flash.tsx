import type { FlashbarProps } from '@cloudscape-design/components/flashbar';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useState,
  type ReactNode,
} from 'react';

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

interface FlashStore extends FlashContextValue {
  showIn: (scope: string | undefined, id: string, message: FlashMessage) => void;
  dismissScope: (scope: string) => void;
}

const FlashContext = createContext<FlashStore | undefined>(undefined);
const FlashScopeContext = createContext<string | undefined>(undefined);

export function FlashProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<(FlashMessage & { id: string; scope?: string })[]>([]);

  const dismiss = useCallback(
    (id: string) => setMessages((current) => current.filter((message) => message.id !== id)),
    [],
  );
  const showIn = useCallback((scope: string | undefined, id: string, message: FlashMessage) => {
    setMessages((current) => [{ ...message, id, scope }, ...current.filter((m) => m.id !== id)]);
  }, []);
  const show = useCallback(
    (id: string, message: FlashMessage) => showIn(undefined, id, message),
    [showIn],
  );
  const dismissScope = useCallback(
    (scope: string) =>
      setMessages((current) => current.filter((message) => message.scope !== scope)),
    [],
  );

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

  const value = useMemo(
    () => ({ items, show, dismiss, showIn, dismissScope }),
    [items, show, dismiss, showIn, dismissScope],
  );
  return <FlashContext.Provider value={value}>{children}</FlashContext.Provider>;
}

/**
 * Messages shown inside belong to this part of the page (a tab) and are cleared when it goes
 * away: "Saved tags" must not stay over the tab the user moved to.
 */
export function FlashScope({ children }: { children: ReactNode }) {
  const scope = useId();
  const store = useContext(FlashContext);
  const dismissScope = store?.dismissScope;
  useEffect(() => () => dismissScope?.(scope), [scope, dismissScope]);
  return <FlashScopeContext.Provider value={scope}>{children}</FlashScopeContext.Provider>;
}

export function useFlash(): FlashContextValue {
  const store = useContext(FlashContext);
  const scope = useContext(FlashScopeContext);
  if (!store) throw new Error('useFlash needs a FlashProvider above it');

  const { items, dismiss, showIn } = store;
  const show = useCallback(
    (id: string, message: FlashMessage) => showIn(scope, id, message),
    [showIn, scope],
  );
  return useMemo(() => ({ items, show, dismiss }), [items, show, dismiss]);
}
