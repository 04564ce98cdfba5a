/** Single-character surnames common in Chinese news, rare ones included (裘 闵 阚 訾 …). */
const SINGLE_SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁',
  ...'任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武',
  ...'戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮',
  ...'柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古',
  ...'吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫',
  ...'寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝裘禹鞠冼谌訾赖蔺晁楚粟揭眭庹郁阚芮嵇邴宓郗逄郦扈燕冀郏庾暨匡',
  ...'阙殳夔厍勾巢蒯竺逯桓朴甯那诸惠荀储钮龚秋仰伊弓隗宿怀邰蓟薄印束幸韶郜权益丰相荆游利习宦鱼容',
  ...'闻伏廉昝亢况亓蔚鄢郇籍',
]);

/** Two-character surnames. */
// prettier-ignore
const COMPOUND_SURNAMES = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '令狐', '慕容', '司徒', '夏侯', '端木', '东郭',
  '南宫', '宇文', '长孙', '呼延', '独孤', '澹台', '公冶', '太史', '申屠', '闾丘', '万俟', '轩辕', '钟离', '第五',
];

/**
 * Length of the surname that starts at `at` (2 for 欧阳, 1 for 王), or 0 when no known surname
 * starts there. Example: `startsPersonalName('欧阳明表示', 0)` → 2.
 */
export function startsPersonalName(text: string, at: number): number {
  if (COMPOUND_SURNAMES.some((s) => text.startsWith(s, at))) return 2;
  return SINGLE_SURNAMES.has(text.charAt(at)) ? 1 : 0;
}
