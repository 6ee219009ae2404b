import type { OrgNode } from '../../lib/org-tree';
import type { User } from '../../lib/types';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { GrantRoleModal } from './GrantRoleModal';
import { TemporaryPasswordModal } from './TemporaryPasswordModal';

export type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: User }
  | { kind: 'grant'; user: User }
  | { kind: 'temp'; user: User; password: string }
  | null;

interface Props {
  dialog: Dialog;
  forest: OrgNode[];
  open: (d: Dialog) => void;
  close: () => void;
  changed: () => void;
}

/** The one dialog of the users page that is open, if any. */
export function UserDialogs({ dialog, forest, open, close, changed }: Props) {
  if (!dialog) return null;
  const saved = () => {
    close();
    changed();
  };
  switch (dialog.kind) {
    case 'create':
      return (
        <CreateUserModal
          forest={forest}
          onClose={close}
          onCreated={(user, password) => {
            changed();
            open({ kind: 'temp', user, password });
          }}
        />
      );
    case 'edit':
      return <EditUserModal user={dialog.user} onClose={close} onSaved={saved} />;
    case 'grant':
      return <GrantRoleModal user={dialog.user} forest={forest} onClose={close} onSaved={saved} />;
    case 'temp':
      return <TemporaryPasswordModal user={dialog.user} password={dialog.password} onClose={close} />;
  }
}
