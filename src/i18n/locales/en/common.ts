import type zh from '../zh-CN/common';

export default {
  app: { name: 'Xiao\'an', tagline: 'School safety education and hazard control' },
  common: {
    close: 'Close',
    cancel: 'Cancel',
    confirm: 'OK',
    save: 'Save',
    edit: 'Edit',
    delete: 'Delete',
    create: 'New',
    search: 'Search',
    reset: 'Reset',
    actions: 'Actions',
    loading: 'Loading…',
    saved: 'Saved',
    noData: 'No data',
    back: 'Back',
    yes: 'Yes',
    no: 'No',
    required: 'Required',
  },
  nav: { students: 'Students', teachers: 'Teachers', orgs: 'Organisations', accounts: 'Accounts', conflicts: 'Conflicts', settings: 'Settings', orgTree: 'Organisation tree', menu: 'Menu',
    groups: { education: 'Safety education', roster: 'Roster', hazards: 'Hazards', admin: 'Administration' } },
  locale: { 'zh-CN': '中文', en: 'English' },
  network: { online: 'Online', offline: 'Offline' },
  pwa: {
    needRefresh: 'A new version is available. Reload now? Save your work first.',
    offlineReady: 'The app is ready to work offline.',
    reload: 'Reload',
  },
  notFound: { title: 'Page not found', hint: 'Check the address or go back home.', home: 'Home' },
} satisfies typeof zh;
