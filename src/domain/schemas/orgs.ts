import { ORG_KINDS, type OrgKind } from '../org/levels';
import {
  SCHOOL_NATURES,
  SCHOOL_STAGES,
  SCHOOL_TYPES,
  URBAN_RURAL_CODES,
  type SchoolNature,
  type SchoolStage,
  type SchoolType,
  type UrbanRuralCode,
} from '../org/schoolCodes';
import { GRADE_CODES, type GradeCode } from '../roster/grades';
import { defineSchema, enumField, shortText, type BaseDoc } from './base';
import type { CollectionDefinition } from './jsonSchema';

/**
 * One unit of the organisation tree: province, city, county, township,
 * school or class. `orgPath` includes the unit's own id, so a unit lies
 * inside its own subtree. Regions use their GB/T 2260 code as id.
 */
export interface OrgDoc extends BaseDoc {
  kind: OrgKind;
  name: string;
  parentId: string;
  /** GB/T 2260 region code for province…township; '' for schools and classes. */
  regionCode: string;
  /** Sort key among siblings (grade order for classes, name otherwise). */
  sortKey: string;
  school?: SchoolInfo;
  classInfo?: ClassInfo;
  /** Soft delete: 0 while the unit is in use. */
  deletedAt: number;
}

export interface SchoolInfo {
  schoolType: SchoolType; // 学校类型
  nature: SchoolNature; // 学校性质
  stage: SchoolStage; // 年级段
  address: string; // 学校地址
  schoolCode: string; // 学校标识码, 10 digits, may be '' until known
  urbanRural: UrbanRuralCode | ''; // 城乡分类代码
  principal: string; // 负责人
}

export interface ClassInfo {
  grade: GradeCode;
  /** Normalised class name, e.g. 一班, 实验班. */
  className: string;
}

export const orgsCollection: CollectionDefinition = {
  name: 'orgs',
  replicated: true,
  migrations: {},
  schema: defineSchema({
    title: 'organisation units',
    version: 0,
    properties: {
      kind: enumField(ORG_KINDS),
      name: shortText(100),
      parentId: shortText(64),
      regionCode: shortText(12),
      sortKey: shortText(120),
      school: {
        type: 'object',
        properties: {
          schoolType: enumField(SCHOOL_TYPES),
          nature: enumField(SCHOOL_NATURES),
          stage: enumField(SCHOOL_STAGES),
          address: shortText(200),
          schoolCode: shortText(10),
          urbanRural: { type: 'string', enum: [...URBAN_RURAL_CODES, ''] },
          principal: shortText(50),
        },
        required: ['schoolType', 'nature', 'stage', 'address', 'schoolCode', 'urbanRural', 'principal'],
        additionalProperties: false,
      },
      classInfo: {
        type: 'object',
        properties: { grade: enumField(GRADE_CODES), className: shortText(20) },
        required: ['grade', 'className'],
        additionalProperties: false,
      },
      deletedAt: { type: 'integer', minimum: 0, maximum: 1e15, multipleOf: 1 },
    },
    required: ['kind', 'name', 'parentId', 'regionCode', 'sortKey', 'deletedAt'],
    indexes: ['parentId', ['kind', 'sortKey']],
  }),
};
