import type zh from '../zh-CN/levels';

export default {
  grade: {
    P1: 'Grade 1',
    P2: 'Grade 2',
    P3: 'Grade 3',
    P4: 'Grade 4',
    P5: 'Grade 5',
    P6: 'Grade 6',
    J1: 'Grade 7',
    J2: 'Grade 8',
    J3: 'Grade 9',
    S1: 'Grade 10',
    S2: 'Grade 11',
    S3: 'Grade 12',
  },
  classNumbered: 'Class {n}',
} satisfies typeof zh;
