import type zh from '../zh-CN/review';

export default {
  nav: 'Review',
  title: 'Review',
  tab: { pending: 'Awaiting review ({n})', mine: 'My submissions ({n})' },
  wholeScope: 'Whole scope',
  kind: 'Type',
  kinds: { student: 'Student', teacher: 'Teacher' },
  unit: 'Unit',
  enteredBy: 'Entered by',
  submittedAt: 'Submitted',
  reason: 'Reason returned',
  returnedBy: 'Returned by {who} at {time}',
  ownEntry: 'Your entry',
  emptyPending: 'Nothing awaits review',
  emptyMine: 'All your records are approved',
  returnedAlert: '{n} record(s) were returned: correct them as the reason says and submit again.',
  approveAll: {
    button: 'Approve all ({n})',
    title: 'Approve all',
    message: 'Approve all {n} records awaiting review?',
    ownLeft: '{n} more are your own entries; someone else must review them, so they are not included.',
    confirm: 'Approve {n}',
  },
} satisfies typeof zh;
