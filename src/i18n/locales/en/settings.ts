import type zh from '../zh-CN/settings';

export default {
  title: 'Settings',
  language: 'Language',
  storage: 'Storage on this device',
  persisted: 'Persistent storage',
  persistedYes: 'On (the browser will not evict data on this device)',
  persistedNo: 'Off (the browser may clear data when space runs low)',
  requestPersist: 'Request persistent storage',
  usage: 'Used',
  quota: 'Quota',
  unknown: 'Unknown',
  counts: 'Records on this device',
  collection: 'Collection',
  documents: 'Documents',
  version: 'App version',
} satisfies typeof zh;
