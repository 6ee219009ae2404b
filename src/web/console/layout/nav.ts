import type { PolicyAction } from '../lib/access';

export interface NavItem {
  key: 'home' | 'organisations' | 'users' | 'audit' | 'tenants' | 'account';
  path: string;
  /** The action a role must be granted to see the item; none means every signed-in staff member. */
  action?: PolicyAction;
  /** With this action the home card describes managing rather than viewing. */
  manage?: PolicyAction;
}

export const navItems: NavItem[] = [
  { key: 'home', path: '/' },
  {
    key: 'organisations',
    path: '/organisations',
    action: 'organisation.read',
    manage: 'organisation.manage',
  },
  { key: 'users', path: '/users', action: 'user.read', manage: 'user.manage' },
  { key: 'audit', path: '/audit', action: 'audit.read' },
  { key: 'tenants', path: '/tenants', action: 'tenant.read' },
  { key: 'account', path: '/account' },
];
