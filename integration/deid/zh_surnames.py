"""Chinese surnames, shared by the pattern rules (``analyzer``) and the learned tagger (``name_model``).

One list, so that a surname added for the rules is one the tagger's surname features know as well.
"""

from __future__ import annotations

from typing import Final

__all__ = ["COMMON", "COMPOUND", "MORE"]

# The hundred most common surnames: the only ones the rules trust on bare running text.
COMMON: Final[str] = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)

# Less common surnames (the 百家姓 beyond the first hundred, traditional forms): trusted only where the
# text already says a person follows (a role, a title, a kinship word).
MORE: Final[str] = (
    "强房连毕官盛曲涂印熊伍翟聂章鲁葛施柴凌洪包齐牛于左庞华倪宁欧单景季祝纪骆申郎童车褚苗耿关柏卓屈蓝"
    "甘滕邢葛凤阎冉殷储翁楚宗柯苟詹靳鲍巫管桂辛钮焦麦农刁乔喻裴芦岳艾缪娄俞霍奚窦宫佟帅穆廉鞠仇安"
    "阮谷杭池栾边晏桑岑隋戚费颜卞蒲巩匡甄宓茅饶卜尚莘尤封荣温满东郁沙迟邬隆井暴席劳漆祁"
    # rarer 百家姓 surnames
    "仉訾亓么禤笪隗蒯仝亢逄邝鄢缑昝郄牟冼钭苑邸揭郜阚嵇寇茹郦栗乜璩谯汝劭佘厍矫蔺惠蓟衡闵谌郗汲佴粟堵"
    "师相查荆红游竺权逯盖益桓公蔚弓麻丰闻幸巴扶薄党习雍卫容谈符虞浦解侯乐时傅龚柳鲍湛官冷訾"
    # traditional forms (Taiwan, Hong Kong, Macau)
    "吳陳黃張劉楊趙鄭謝許韓馮鄧蕭葉蘇呂盧鍾鐘譚陸範賈韋鄒龍賀顧龔錢嚴湯莊溫鄺葛孫馬羅蔣餘杜魏唐"
    "董袁潘蔡程沈姚崔汪廖夏邱薛閻段雷侯史陶黎毛郝邵萬覃武戴莫孔向湯尹熊秦江聶章魯倪寧歐單駱郎童"
    # the rest of the 百家姓 that do not start everyday words (宣教, 皮肤, 计划 … are left out)
    "昌酆萧禹狄贝臧伏樊裘贲诸荀羊於芮羿邴糜蓬仲伊厉戎韶邰鄂索赖屠蒙鬱胥贡姬郤扈冀郏瞿慕宦庾阙殳沃夔晁勾敖钦郈赏哈麴梅常鲜"
)

# Compound surnames, as one regex alternation (longest are two characters; no escaping needed).
COMPOUND: Final[str] = (
    "欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|独孤|南宫|西门|申屠|轩辕|呼延|澹台"
    "|太史|闻人|万俟|赫连|钟离|宗政|濮阳|淳于|单于|公冶|百里|东郭|拓跋|第五|南门|羊舌|微生|梁丘|左丘|东门|公羊|太叔"
    "|仲孙|鲜于|闾丘|司空|亓官|司寇|子车|颛孙|巫马|公西|漆雕|乐正|壤驷|公良|夹谷|宰父|谷梁|段干|归海|商牟|伯赏|有琴"
    "|歐陽|司馬|諸葛|東方|尉遲|公孫|長孫|宇文|令狐|獨孤|南宮|軒轅"
)
