import type { GradeCode } from '../roster/grades';
import type { SchoolStage, SchoolType, UrbanRuralCode } from '../org/schoolCodes';
import { DEMO_COUNTY, DEMO_TOWNSHIPS } from './regions';

/**
 * Which schools and classes the demo has: per township a central primary
 * school (一年级…六年级 × 2 classes) and a junior middle school (初一…初三 ×
 * 3 classes), plus one middle school run directly by the county.
 */
export interface SchoolPlan {
  /** Stable id part: the parent region code and a number, e.g. 411502103-1. */
  key: string;
  parentCode: string;
  name: string;
  schoolType: SchoolType;
  stage: SchoolStage;
  urbanRural: UrbanRuralCode;
  grades: readonly GradeCode[];
  classesPerGrade: number;
}

const PRIMARY_GRADES: readonly GradeCode[] = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'];
const JUNIOR_GRADES: readonly GradeCode[] = ['J1', 'J2', 'J3'];

const primary = { schoolType: 'primary', stage: 'primary', grades: PRIMARY_GRADES, classesPerGrade: 2 } as const;
const junior = { schoolType: 'middle', stage: 'junior', grades: JUNIOR_GRADES, classesPerGrade: 3 } as const;

export const DEMO_SCHOOLS: readonly SchoolPlan[] = [
  ...DEMO_TOWNSHIPS.flatMap((township): SchoolPlan[] => [
    { key: `${township.code}-1`, parentCode: township.code, name: `${township.name}中心小学`, urbanRural: township.urbanRural, ...primary },
    { key: `${township.code}-2`, parentCode: township.code, name: `${township.name}初级中学`, urbanRural: township.urbanRural, ...junior },
  ]),
  { key: `${DEMO_COUNTY.code}-1`, parentCode: DEMO_COUNTY.code, name: `${DEMO_COUNTY.name}实验中学`, urbanRural: '111', ...junior },
];
