import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  BulbOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CloudServerOutlined,
  EnvironmentOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  InboxOutlined,
  MessageOutlined,
  QrcodeOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SendOutlined,
  SettingOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { StaffRole } from '../../../core/access/roles';
import { type ActionNeed, can, type PolicyAction } from '../lib/access';
import { contentRoles } from '../lib/content-access';
import type { Session } from '../lib/types';

export interface NavItem {
  key:
    | 'home'
    | 'alerts'
    | 'appointments'
    | 'cases'
    | 'referrals'
    | 'rosters'
    | 'stations'
    | 'instruments'
    | 'licences'
    | 'checkups'
    | 'campaigns'
    | 'content'
    | 'events'
    | 'refer'
    | 'careSettings'
    | 'recommendations'
    | 'orders'
    | 'statistics'
    | 'coverage'
    | 'reports'
    | 'organisations'
    | 'users'
    | 'audit'
    | 'tenants'
    | 'account';
  path: string;
  icon: ComponentType;
  /** The action (or any of the actions) a role must be granted to see the item; none means every signed-in staff member. */
  action?: ActionNeed;
  /** Any of these roles, for a part the policy table has no action for yet (the content library). */
  roles?: readonly StaffRole[];
  /** With this action the home card describes managing rather than viewing. */
  manage?: PolicyAction;
}

// Requests for help come first: for a counsellor they are the most urgent thing in the console; the day's
// appointments next.
export const navItems: NavItem[] = [
  { key: 'home', path: '/', icon: HomeOutlined },
  // Station managers enter hotline calls and walk-ins there too; the queue itself is the counsellors'.
  {
    key: 'alerts',
    path: '/alerts',
    icon: MessageOutlined,
    action: ['alert.handle', 'alert.enter'],
    manage: 'alert.handle',
  },
  {
    key: 'appointments',
    path: '/appointments',
    icon: CalendarOutlined,
    action: 'appointment.read',
    manage: 'roster.manage',
  },
  { key: 'cases', path: '/cases', icon: FolderOpenOutlined, action: 'case.work', manage: 'case.supervise' },
  { key: 'referrals', path: '/referrals', icon: InboxOutlined, action: 'referral.receive' },
  {
    key: 'rosters',
    path: '/rosters',
    icon: ScheduleOutlined,
    action: 'roster.read',
    manage: 'roster.manage',
  },
  {
    key: 'stations',
    path: '/stations',
    icon: ShopOutlined,
    action: ['servicepoint.manage', 'counsellor.manage'],
  },
  {
    key: 'instruments',
    path: '/instruments',
    icon: FileSearchOutlined,
    action: 'instrument.read',
    manage: 'instrument.review',
  },
  {
    key: 'licences',
    path: '/licences',
    icon: SafetyCertificateOutlined,
    action: 'instrument.read',
    manage: 'instrument.licence',
  },
  {
    key: 'checkups',
    path: '/checkups',
    icon: SolutionOutlined,
    action: 'instrument.read',
    manage: 'checkup.manage',
  },
  { key: 'campaigns', path: '/campaigns', icon: QrcodeOutlined, action: 'campaign.manage' },
  { key: 'content', path: '/content', icon: BookOutlined, roles: contentRoles },
  { key: 'events', path: '/events', icon: CarryOutOutlined, action: 'event.read', manage: 'event.manage' },
  { key: 'refer', path: '/refer', icon: SendOutlined, action: 'alert.refer' },
  { key: 'careSettings', path: '/care-settings', icon: SettingOutlined, action: 'care.settings' },
  // In the menu of those who edit them (administrators, supervisors); counsellors may open it to read.
  {
    key: 'recommendations',
    path: '/recommendations',
    icon: BulbOutlined,
    action: 'recommendation.edit',
  },
  // 服务订单 for the federation, 基层下单 for an enterprise's officer: one page, each side's view.
  { key: 'orders', path: '/orders', icon: ShopOutlined, action: ['order.place', 'order.read'] },
  { key: 'statistics', path: '/statistics', icon: BarChartOutlined, action: 'statistics.read' },
  { key: 'coverage', path: '/coverage', icon: EnvironmentOutlined, action: 'coverage.read' },
  {
    key: 'reports',
    path: '/reports',
    icon: FileDoneOutlined,
    action: 'statistics.read',
    manage: 'statistics.report',
  },
  {
    key: 'organisations',
    path: '/organisations',
    icon: ApartmentOutlined,
    action: 'organisation.read',
    manage: 'organisation.manage',
  },
  { key: 'users', path: '/users', icon: TeamOutlined, action: 'user.read', manage: 'user.manage' },
  { key: 'audit', path: '/audit', icon: AuditOutlined, action: 'audit.read' },
  { key: 'tenants', path: '/tenants', icon: CloudServerOutlined, action: 'tenant.read' },
  { key: 'account', path: '/account', icon: UserOutlined },
];

/** Whether the menu and the home page show an item to this user. */
export const navVisible = (session: Session, item: NavItem): boolean =>
  (!item.action || can(session, item.action)) &&
  (!item.roles || session.roles.some((r) => (item.roles as readonly string[]).includes(r.role)));
