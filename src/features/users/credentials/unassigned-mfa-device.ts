import { useEffect, useRef } from 'react';

interface AssignmentEnd {
  onEnabled: () => void;
  /** `unassigned`: the serial of the device the dialog created and did not enable. */
  onCancel: (unassigned?: string) => void;
}

interface Tracked {
  SerialNumber?: string;
  enabling?: Promise<unknown>;
  gone: boolean;
}

/** Closes the assignment; a device it created and did not enable is handed over to delete. */
function closeWithout(tracked: Tracked, end: AssignmentEnd) {
  const { SerialNumber } = tracked;
  tracked.SerialNumber = undefined;
  end.onCancel(SerialNumber);
}

/**
 * Follows the virtual device an assignment dialog created until EnableMFADevice assigns it.
 * The dialog can go away without its Cancel: the browser's Back button, a link, signing out.
 * The device would then stay in the account, unassigned, with its name taken (the next Assign
 * with the default name fails with EntityAlreadyExists), so going away deletes it as Cancel
 * does. An EnableMFADevice in flight is waited for first: a delete sent beside it fails with
 * DeleteConflict if the enable wins, and hides the enable's failure if the delete wins.
 */
export function useUnassignedMfaDevice(end: AssignmentEnd) {
  const latest = useRef(end);
  useEffect(() => {
    latest.current = end;
  });
  const tracked = useRef<Tracked>({ gone: false });

  const abandon = () => closeWithout(tracked.current, latest.current);

  useEffect(() => {
    // The same object for the dialog's life: only its fields change.
    const state = tracked.current;
    const endNow = latest;
    state.gone = false;
    return () => {
      state.gone = true;
      if (state.SerialNumber !== undefined && !state.enabling) closeWithout(state, endNow.current);
    };
  }, []);

  return {
    /** CreateVirtualMFADevice answered; if the dialog is gone by then, the device goes too. */
    created(SerialNumber: string) {
      tracked.current.SerialNumber = SerialNumber;
      if (tracked.current.gone) abandon();
    },

    /** Sends EnableMFADevice once at a time; the dialog cannot be dismissed meanwhile. */
    enable(send: () => Promise<unknown>) {
      if (tracked.current.enabling) return;
      const attempt = send();
      tracked.current.enabling = attempt;
      attempt.then(
        () => {
          tracked.current.SerialNumber = undefined;
          tracked.current.enabling = undefined;
          latest.current.onEnabled();
        },
        () => {
          tracked.current.enabling = undefined;
          if (tracked.current.gone) abandon();
        },
      );
    },

    isEnabling: () => tracked.current.enabling !== undefined,
    cancel: abandon,
  };
}
