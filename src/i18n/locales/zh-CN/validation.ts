/**
 * Texts for every domain error code (`FieldError.code`, import findings).
 * The key path is the code itself: 'id.checksum' → validation.id.checksum.
 */
export default {
  id: {
    required: '请填写身份证号',
    length: '身份证号应为 18 位',
    format: '身份证号只能是数字，最后一位可以是 X',
    region: '身份证号前 6 位不是有效的行政区划代码',
    birthDate: '身份证号中的出生日期不是真实日期',
    checksum: '身份证号校验位不正确，请逐位核对',
  },
  person: {
    nameRequired: '请填写姓名',
    nameForbiddenChars: '姓名中不能有“{chars}”',
    nameMisplacedDot: '姓名中的间隔号“·”位置不对',
    nameLength: '姓名应为 {min}–{max} 个字',
    genderMismatch: '性别与身份证号不符，身份证号显示为{expected}',
    genderRequired: '请选择性别',
    studentNoInvalid: '学籍号只能由字母和数字组成，最多 {max} 位',
    duplicateId: '该身份证号已登记：{name}（{school}）',
    duplicateIdDeleted: '该身份证号已登记给已删除的 {name}（{school}），请在“显示已删除”中恢复该记录',
    schoolRequired: '请选择学校',
  },
  phone: {
    required: '请填写手机号',
    invalid: '手机号应为 11 位手机号码',
  },
  grade: {
    required: '请选择年级',
  },
  class: {
    required: '请选择班级',
  },
  review: {
    invalidTransition: '当前审核状态下不能进行此操作',
    reasonRequired: '退回时必须填写原因',
    ownEntry: '本人录入的记录须由他人审核',
    notFound: '记录不存在或已删除',
  },
};
