export default {
  title: '欢迎使用校安',
  intro: '本机还没有任何数据。校安的所有功能都可以在没有网络时使用，数据保存在本机浏览器中，联网后自动同步。',
  demoTitle: '加载演示数据',
  demoText: '一个县区、几个乡镇和学校，含年级、班级、教师和学生（身份证号为合成的有效号码，不属于任何人）。',
  loadDemo: '加载演示数据',
  loadingDemo: '正在加载演示数据…',
  demoRequested: '演示数据已在服务器上建立，正在同步到本设备…',
  demoNeedsNetwork: '加载演示数据需要连接服务器，请联网后再试',
  manualTitle: '手工建立第一个单位',
  manualText: '从国家行政区划中选择本单位（省、市、县区或乡镇），系统会一并建立上级单位。',
  createUnit: '建立单位',
  pickRegion: '请选择行政区划',
};
