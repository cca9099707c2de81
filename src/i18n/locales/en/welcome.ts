import type zh from '../zh-CN/welcome';

export default {
  title: 'Welcome to Xiao\'an',
  intro: 'There is no data on this device yet. Everything in Xiao\'an works without a network: data is kept in this browser and synchronises when a connection exists.',
  demoTitle: 'Load demo data',
  demoText: 'One county, a few townships and schools with grades, classes, teachers and students (ID numbers are valid synthetic numbers that belong to no one).',
  loadDemo: 'Load demo data',
  loadingDemo: 'Loading demo data…',
  demoRequested: 'The demo data was created on the server and is arriving on this device…',
  demoNeedsNetwork: 'Loading the demo data needs the server: try again once online',
  manualTitle: 'Create the first unit by hand',
  manualText: 'Pick your unit (province, city, county or township) from the national division codes; the units above it are created too.',
  createUnit: 'Create unit',
  pickRegion: 'Pick an administrative region',
} satisfies typeof zh;
