import type zh from '../zh-CN/conflicts';

export default {
  title: 'Conflicts',
  hint: 'The same field was changed to different values on two devices. One value was kept by rule; the other is recorded here and never lost: re-apply it, or confirm the current value.',
  collection: 'Collection',
  field: 'Field',
  document: 'Record',
  kept: 'Current value',
  lost: 'Value not used',
  lostBy: 'Changed by',
  when: 'When',
  status: { open: 'Open', reapplied: 'Re-applied', dismissed: 'Current value confirmed' },
  reapply: 'Use this value',
  dismiss: 'Keep current',
  showClosed: 'Show closed',
  reapplied: 'Value re-applied; the change will sync to the server',
  none: 'No conflicts',
} satisfies typeof zh;
