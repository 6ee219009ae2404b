import type { OrganisationKind } from '../../core/organisations/tree';

/**
 * The demo federation: a prefecture-level city in northern Anhui, modelled on the service the source article
 * describes. Every organisation and place is fictional except the districts; all of it is marked as demo.
 */
export interface DemoOrg {
  key: string;
  parent: string | null;
  kind: OrganisationKind;
  name: string;
  nameEn: string;
  industry?: string;
  memberCount?: number;
  address?: string;
  lat?: number;
  lng?: number;
}

export const demoTenant = {
  slug: 'demo-city',
  name: '淮北市总工会（演示）',
  nameEn: 'Huaibei City Federation of Trade Unions (demo)',
};

export const demoOrganisations: DemoOrg[] = [
  { key: 'root', parent: null, kind: 'federation', name: demoTenant.name, nameEn: demoTenant.nameEn },
  { key: 'women', parent: 'root', kind: 'department', name: '女职工部', nameEn: "Women Workers' Department" },
  {
    key: 'xiangshan',
    parent: 'root',
    kind: 'district_union',
    name: '相山区总工会',
    nameEn: 'Xiangshan District Federation',
    lat: 33.9597,
    lng: 116.7946,
  },
  {
    key: 'duji',
    parent: 'root',
    kind: 'district_union',
    name: '杜集区总工会',
    nameEn: 'Duji District Federation',
    lat: 34.0208,
    lng: 116.8297,
  },
  {
    key: 'lieshan',
    parent: 'root',
    kind: 'district_union',
    name: '烈山区总工会',
    nameEn: 'Lieshan District Federation',
    lat: 33.8952,
    lng: 116.8133,
  },
  {
    key: 'suixi',
    parent: 'root',
    kind: 'district_union',
    name: '濉溪县总工会',
    nameEn: 'Suixi County Federation',
    lat: 33.9166,
    lng: 116.7682,
  },
  {
    key: 'energy',
    parent: 'root',
    kind: 'industry_union',
    name: '市能源化工产业工会',
    nameEn: 'City Energy and Chemicals Industry Union',
  },
  {
    key: 'transport',
    parent: 'root',
    kind: 'industry_union',
    name: '市交通运输产业工会',
    nameEn: 'City Transport Industry Union',
  },
  {
    key: 'centre',
    parent: 'root',
    kind: 'partner_institution',
    name: '市心理健康服务中心（合作机构）',
    nameEn: 'City Mental Health Service Centre (partner)',
  },
  // A dozen enterprises across industries.
  {
    key: 'mine',
    parent: 'energy',
    kind: 'enterprise_union',
    name: '北湖煤矿工会',
    nameEn: 'Beihu Coal Mine Union',
    industry: 'mining',
    memberCount: 2400,
    address: '杜集区矿山路88号',
    lat: 34.005,
    lng: 116.842,
  },
  {
    key: 'chem',
    parent: 'energy',
    kind: 'enterprise_union',
    name: '临涣焦化有限公司工会',
    nameEn: 'Linhuan Coking Co. Union',
    industry: 'chemicals',
    memberCount: 780,
    address: '濉溪县临涣工业园',
    lat: 33.702,
    lng: 116.545,
  },
  {
    key: 'logistics',
    parent: 'transport',
    kind: 'enterprise_union',
    name: '顺达物流有限公司工会',
    nameEn: 'Shunda Logistics Co. Union',
    industry: 'logistics',
    memberCount: 380,
    address: '相山区物流园区8号',
    lat: 33.982,
    lng: 116.765,
  },
  {
    key: 'bus',
    parent: 'transport',
    kind: 'enterprise_union',
    name: '市公共交通集团工会',
    nameEn: 'City Public Transport Group Union',
    industry: 'transport',
    memberCount: 1200,
    address: '相山区人民路120号',
    lat: 33.958,
    lng: 116.796,
  },
  {
    key: 'rideshare',
    parent: 'transport',
    kind: 'grassroots_union',
    name: '网约车司机联合工会',
    nameEn: 'Ride-hailing Drivers Joint Union',
    industry: 'ride_hailing',
    memberCount: 540,
    address: '相山区淮海路66号',
    lat: 33.951,
    lng: 116.789,
  },
  {
    key: 'delivery',
    parent: 'xiangshan',
    kind: 'grassroots_union',
    name: '外卖骑手联合工会',
    nameEn: 'Delivery Riders Joint Union',
    industry: 'delivery',
    memberCount: 260,
    address: '相山区孟山路15号',
    lat: 33.962,
    lng: 116.781,
  },
  {
    key: 'textile',
    parent: 'lieshan',
    kind: 'enterprise_union',
    name: '淮海纺织厂工会',
    nameEn: 'Huaihai Textile Mill Union',
    industry: 'manufacturing',
    memberCount: 900,
    address: '烈山区工业园纺织路3号',
    lat: 33.889,
    lng: 116.813,
  },
  {
    key: 'cement',
    parent: 'lieshan',
    kind: 'enterprise_union',
    name: '烈山水泥有限公司工会',
    nameEn: 'Lieshan Cement Co. Union',
    industry: 'building_materials',
    memberCount: 300,
    address: '烈山区青龙山路9号',
    lat: 33.872,
    lng: 116.835,
  },
  {
    key: 'machinery',
    parent: 'duji',
    kind: 'enterprise_union',
    name: '杜集机械制造有限公司工会',
    nameEn: 'Duji Machinery Co. Union',
    industry: 'manufacturing',
    memberCount: 650,
    address: '杜集区高岳工业园',
    lat: 34.021,
    lng: 116.812,
  },
  {
    key: 'food',
    parent: 'xiangshan',
    kind: 'enterprise_union',
    name: '相山食品有限公司工会',
    nameEn: 'Xiangshan Foods Co. Union',
    industry: 'food',
    memberCount: 420,
    address: '相山区凤凰山经济开发区',
    lat: 33.995,
    lng: 116.748,
  },
  {
    key: 'distillery',
    parent: 'suixi',
    kind: 'enterprise_union',
    name: '濉溪酿酒有限公司工会',
    nameEn: 'Suixi Distillery Co. Union',
    industry: 'food',
    memberCount: 800,
    address: '濉溪县濉河路1号',
    lat: 33.916,
    lng: 116.767,
  },
  {
    key: 'hospital',
    parent: 'xiangshan',
    kind: 'enterprise_union',
    name: '市第一人民医院工会',
    nameEn: 'City No. 1 People’s Hospital Union',
    industry: 'healthcare',
    memberCount: 1500,
    address: '相山区淮海中路76号',
    lat: 33.956,
    lng: 116.801,
  },
  {
    key: 'software',
    parent: 'duji',
    kind: 'grassroots_union',
    name: '科创园企业联合工会',
    nameEn: 'Tech Park Joint Union',
    industry: 'it_services',
    memberCount: 350,
    address: '杜集区科创园A座',
    lat: 34.011,
    lng: 116.826,
  },
];

export interface DemoServicePoint {
  org: string;
  kind: 'city_station' | 'district_station' | 'enterprise_station' | 'roadside_station' | 'remote';
  name: string;
  nameEn: string;
  address: string;
  addressEn: string;
  lat: number;
  lng: number;
  phone: string;
  description: string;
  descriptionEn: string;
}

export const demoServicePoints: DemoServicePoint[] = [
  {
    org: 'root',
    kind: 'city_station',
    name: '市职工服务中心心灵驿站',
    nameEn: 'City Workers’ Service Centre Heart Station',
    address: '相山区古城路与人民路交口 市职工服务中心三楼',
    addressEn: '3rd floor, City Workers’ Service Centre, Gucheng Rd at Renmin Rd, Xiangshan',
    lat: 33.9601,
    lng: 116.7985,
    phone: '0561-0000001',
    description: '一对一心理咨询、沙盘室、团体辅导室。每月两次专业心理咨询师坐班。',
    descriptionEn:
      'One-to-one counselling, a sandplay room and a group room. Professional counsellors are on duty twice a month.',
  },
  {
    org: 'suixi',
    kind: 'district_station',
    name: '濉溪县职工心灵驿站',
    nameEn: 'Suixi County Workers’ Heart Station',
    address: '濉溪县濉河路职工之家二楼',
    addressEn: '2nd floor, Workers’ Home, Suihe Rd, Suixi County',
    lat: 33.9135,
    lng: 116.7721,
    phone: '0561-0000002',
    description: '县级驿站，提供预约咨询与讲座。',
    descriptionEn: 'The county station: counselling by appointment, and lectures.',
  },
  {
    org: 'logistics',
    kind: 'roadside_station',
    name: '顺达物流园“路上心灵驿站”',
    nameEn: 'Shunda Logistics Park Roadside Heart Station',
    address: '相山区物流园区8号 司机之家',
    addressEn: 'Drivers’ Home, 8 Logistics Park, Xiangshan',
    lat: 33.9823,
    lng: 116.7652,
    phone: '0561-0000003',
    description: '面向货车司机、卡嫂：晚间和周末开放，停车即可来坐坐。',
    descriptionEn: 'For truck drivers and their families: open evenings and weekends — park and drop in.',
  },
];

/** One demo account per staff role, and where the role sits. */
export const demoAccounts = [
  { role: 'federation_admin', login: 'demo-admin', name: '演示·总工会管理员', org: 'root' },
  { role: 'counsellor', login: 'demo-counsellor', name: '演示·心理咨询师 王老师', org: 'centre' },
  { role: 'supervisor', login: 'demo-supervisor', name: '演示·督导 李老师', org: 'root' },
  { role: 'station_manager', login: 'demo-station', name: '演示·驿站管理员', org: 'root' },
  { role: 'enterprise_officer', login: 'demo-enterprise', name: '演示·顺达物流工会干部', org: 'logistics' },
  { role: 'auditor', login: 'demo-auditor', name: '演示·审计员', org: 'root' },
  { role: 'platform_operator', login: 'demo-operator', name: '演示·平台运营', org: 'platform' },
  { role: 'partner_staff', login: 'demo-partner', name: '演示·市心理健康服务中心 陈医生', org: 'centre' },
] as const;
