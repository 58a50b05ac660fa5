# ruff: noqa: E501
"""Blind evaluation set 6: patient-facing and administrative health text (English and Chinese).

WRITTEN BLIND. These templates and value generators were written from a brief alone, without
looking at the recognisers, their gazetteers, their tests, their benchmarks or any earlier
synthetic set beyond the rendering helpers in ``synth.py``. They exist to estimate how the
de-identifier does on text its authors never saw. **Do not tune recognisers against this set**:
do not read its templates or notes while changing the engine, and only ever look at aggregate
figures. Once it has been tuned against, it stops being blind and must be replaced.

Domain: portal message threads, secure e-mail, telehealth and phone-triage transcripts,
call-centre logs, recall letters, release-of-information and subpoena requests, billing and
prior-authorisation disputes, interpreter logs, home-health and hospice notes, pharmacy
interventions, genetic-counselling pedigrees, school and work notes, guardianship papers and
welfare-check requests; and in Chinese 互联网医院图文/视频问诊, 微信/短信随访, 客服记录, 病案复印,
医保与商业保险理赔, 家庭医生随访, 儿保与接种, 出生/死亡医学证明, 团检名单, 药房咨询, 公安调证函,
遗传咨询家系, 请假证明, 委托书, 跨境转诊, 体检报告, 上门护理和投诉处理.

Template syntax is ``synth.render``'s: ``<<KIND:key>>`` is a gold span, ``{key}`` is filler.
A key is ``entity_field``: every field of one entity refers to the same invented person, place,
date or phone number within a note (``r1_full`` and ``r1_email`` are one relative; ``d2_date`` and
``d2_datemd`` are one day; ``pt_phonedot`` is the patient's own number reformatted). ``pt`` is the
patient whose structured record is given as ``SynthNote.known``. A key without an underscore is
non-PHI filler (vital signs, doses, amounts, extensions).

Gold conventions: titles and honorifics (Dr, Mr, Ms, ", MD", 先生, 女士, 医生, 主任, 护士, 阿姨, 老/小
prefixes, 姐/哥) stay outside PERSON spans; an age is gold only at 90 or more; dates with a month
or day are gold, bare years are not; masked identifiers (``xxx-xx-1234``, ``1101**********1234``,
``138****5678``) are still gold; public short numbers (911, 120, 12393) are not phone numbers here.
Doses, lab values, blood pressures, ICD/CPT/NDC codes, vaccine lot numbers and BIN/PCN routing
codes are deliberately present and are not gold.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import SynthNote, cn_resident_id, render

__all__ = [
    "BLIND6_SEED",
    "EN_BLIND6_TEMPLATES",
    "ZH_BLIND6_TEMPLATES",
    "blind6_age_of",
    "generate_blind6",
]

BLIND6_SEED: Final[int] = 61730954
_SPLIT: Final = "blind6"
_LANGUAGES: Final = ("en", "zh")

# ---------------------------------------------------------------------------------------------
# Ages written as digits, English words or Chinese numerals
# ---------------------------------------------------------------------------------------------
_ONES: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_NUMBER_WORDS: Final[dict[str, int]] = {w: i for i, w in enumerate(_ONES)} | {
    w: 10 * i for i, w in enumerate(_TENS) if w
}
_CN_DIGITS: Final[dict[str, int]] = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_CN_NUMERALS: Final = "〇一二三四五六七八九"


def blind6_age_of(text: str) -> int:
    """Read an age written as digits ("97"), English words ("ninety-seven", "one hundred and two",
    "a hundred") or Chinese numerals ("九十三", "一百零二", "一百一十")."""
    value = text.strip()
    for suffix in ("周岁", "岁", "歲"):
        value = value.removesuffix(suffix)
    value = value.strip()
    if value.isdecimal():
        return int(value)
    if value and all(ch in _CN_DIGITS or ch in "十百" for ch in value):
        total = 0
        current = 0
        for ch in value:
            if ch == "十":
                total += (current or 1) * 10
                current = 0
            elif ch == "百":
                total += (current or 1) * 100
                current = 0
            else:
                current = _CN_DIGITS[ch]
        return total + current
    words = value.lower().replace("-", " ").split()
    if words and all(w in _EN_NUMBER_WORDS or w in ("a", "an", "and", "hundred") for w in words):
        current = 0
        for word in words:
            if word == "and":
                continue
            if word in ("a", "an"):
                current += 1
            elif word == "hundred":
                current = (current or 1) * 100
            else:
                current += _EN_NUMBER_WORDS[word]
        return current
    raise ValueError("cannot read an age: expected digits, English number words or Chinese numerals")


def _en_words(n: int, rng: random.Random) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, units = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[units]}" if units else "")
    hundreds, rest = divmod(n, 100)
    head = rng.choice(("a hundred", "one hundred")) if hundreds == 1 else f"{_ONES[hundreds]} hundred"
    if rest == 0:
        return head
    if head == "a hundred":
        head = "one hundred"
    return f"{head} {rng.choice(('and ', ''))}{_en_words(rest, rng)}"


def _cn_number(n: int) -> str:
    """Chinese numerals for 0-199: 九十三, 一百零二, 一百一十, 十四."""
    if n < 10:
        return _CN_NUMERALS[n] if n else "零"
    if n < 20:
        return "十" + (_CN_NUMERALS[n - 10] if n > 10 else "")
    if n < 100:
        tens, units = divmod(n, 10)
        return _CN_NUMERALS[tens] + "十" + (_CN_NUMERALS[units] if units else "")
    hundreds, rest = divmod(n, 100)
    head = _CN_NUMERALS[hundreds] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + _CN_NUMERALS[rest]
    return head + _CN_NUMERALS[rest // 10] + "十" + (_CN_NUMERALS[rest % 10] if rest % 10 else "")


def _cn_date_numerals(day: dt.date) -> str:
    year = "".join(_CN_NUMERALS[int(c)] for c in str(day.year))
    return f"{year}年{_cn_number(day.month)}月{_cn_number(day.day)}日"


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------
_UPPER: Final = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _dn(rng: random.Random, n: int) -> str:
    """``n`` digits, the first non-zero."""
    return rng.choice("123456789") + _d(rng, n - 1)


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_UPPER) for _ in range(n))


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]", "", folded).lower()


def _luhn_digit(payload: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def _shift_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _split_pairs(spec: str) -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, _, b in (item.partition(":") for item in spec.split()))


# ---------------------------------------------------------------------------------------------
# English name pools (beyond Faker's locales)
# ---------------------------------------------------------------------------------------------
_EN_CULTURES: Final[tuple[tuple[str, int], ...]] = (
    ("en_US", 26), ("en_GB", 5), ("en_IN", 6), ("en_NG", 3), ("es_MX", 8), ("pl_PL", 3), ("ga_IE", 3),
    ("yo_NG", 3), ("ig_NG", 2), ("ha_NG", 2), ("pt_BR", 3), ("it_IT", 2), ("de_DE", 2), ("fr_FR", 2),
    ("en_IE", 2), ("sw", 2), ("tr_TR", 2), ("id_ID", 1), ("en_PK", 2),
    ("@ko", 4), ("@vi", 4), ("@ar", 4), ("@zh", 3), ("@word", 7), ("@hyphen", 5), ("@nick", 9),
)  # fmt: skip
_NICKS: Final[dict[str, tuple[str, ...]]] = {
    "Jennifer": ("Jen", "Jenny"), "William": ("Will", "Bill", "Billy"), "Robert": ("Bob", "Rob", "Bobby"),
    "Elizabeth": ("Liz", "Beth", "Betsy", "Lizzie"), "Margaret": ("Peggy", "Maggie", "Meg"),
    "Katherine": ("Kate", "Kathy", "Katie"), "Michael": ("Mike", "Mikey"), "Christopher": ("Chris",),
    "Patricia": ("Pat", "Trish", "Patty"), "Richard": ("Rick", "Rich", "Dick"), "Joseph": ("Joe", "Joey"),
    "Thomas": ("Tom", "Tommy"), "James": ("Jim", "Jimmy", "Jamie"), "Anthony": ("Tony",), "Daniel": ("Dan", "Danny"),
    "Samantha": ("Sam", "Sammy"), "Alexander": ("Alex", "Sasha"), "Deborah": ("Deb", "Debbie"),
    "Rebecca": ("Becky", "Becca"), "Victoria": ("Tori", "Vicky"), "Nicholas": ("Nick", "Nicky"),
    "Benjamin": ("Ben", "Benji"), "Theodore": ("Ted", "Teddy", "Theo"), "Dorothy": ("Dot", "Dottie"),
    "Gwendolyn": ("Gwen",), "Frances": ("Fran", "Frankie"), "Harold": ("Hal",), "Edward": ("Ed", "Eddie"),
    "Susan": ("Sue", "Suzy"), "Barbara": ("Barb", "Babs"), "Catherine": ("Cathy", "Cat"), "Jacqueline": ("Jackie",),
    "Guadalupe": ("Lupe", "Lupita"), "Francisco": ("Paco", "Pancho"), "Alejandro": ("Ale", "Alex"),
    "Oluwaseun": ("Seun",), "Chukwuemeka": ("Emeka",), "Babatunde": ("Tunde",), "Małgorzata": ("Gosia",),
    "Anastasia": ("Stacy", "Ana"), "Priyanka": ("Priya",), "Venkatesh": ("Venky",), "Mohammed": ("Mo", "Hamoudi"),
    "Abigail": ("Abby",), "Eleanor": ("Ellie", "Nell"), "Gregory": ("Greg",), "Lawrence": ("Larry",),
    "Cynthia": ("Cindy",), "Virginia": ("Ginny",), "Josephine": ("Jo", "Josie"), "Raymond": ("Ray",),
}  # fmt: skip
_NICK_FEMALE: Final = frozenset({
    "Jennifer", "Elizabeth", "Margaret", "Katherine", "Patricia", "Samantha", "Deborah", "Rebecca", "Victoria",
    "Dorothy", "Gwendolyn", "Frances", "Susan", "Barbara", "Catherine", "Jacqueline", "Guadalupe", "Małgorzata",
    "Anastasia", "Priyanka", "Abigail", "Eleanor", "Cynthia", "Virginia", "Josephine",
})  # fmt: skip
_HAND_POOLS: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]] = {
    # culture: (female given, male given, family)
    "@ko": (
        ("Seo-yeon", "Eun-ji", "Soo-ah", "Ha-eun", "Yuna", "Hye-jin", "Ji-woo", "Min-seo"),
        ("Min-jun", "Ji-hoon", "Hyun-woo", "Jae-won", "Dong-hyun", "Sung-min", "Tae-yang", "Joon"),
        ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Han", "Shin", "Oh", "Seo", "Hwang", "Moon", "Song"),
    ),
    "@vi": (
        ("Huong", "Lan", "Ngoc Anh", "Phuong", "Thuy", "Linh", "Hoa", "Mai", "Thi Thu", "Hương"),
        ("Thanh", "Minh", "Tuan", "Duc", "Quang", "Bao", "Khanh", "Trung", "Van Long", "Hieu"),
        ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo", "Duong", "Ly", "Nguyễn", "Trần", "Phạm"),
    ),
    "@ar": (
        ("Fatima", "Layla", "Noor", "Aisha", "Mariam", "Rania", "Huda", "Samira", "Yasmin", "Amal"),
        ("Mohammed", "Omar", "Yousef", "Khalid", "Hassan", "Abdulrahman", "Tariq", "Ahmad", "Karim", "Bilal"),
        ("Al-Hashimi", "El-Sayed", "Haddad", "Abdullah", "Nasser", "Al Mansouri", "Abu-Khalil", "Khoury", "Saleh",
         "Hamdan", "El Amin", "Bakr", "Al-Rawi", "Qureshi", "Farouk"),
    ),
    "@zh": (
        ("Xiaoling", "Mei", "Yan", "Li Na", "Ying", "Hui", "Jing", "Xiu"),
        ("Wei", "Jian", "Hao", "Zhiwei", "Jun", "Kai", "Ming", "Tao"),
        ("Zhang", "Chen", "Wang", "Li", "Liu", "Huang", "Zhou", "Wu", "Lin", "Xu", "Ng", "Chan", "Wong", "Lau", "Cheung"),
    ),
    "@word": (
        ("Hope", "Faith", "Rose", "Summer", "Grace", "Joy", "June", "April", "May", "Dawn", "Patience", "Precious",
         "Mercy", "Crystal", "Amber", "Ivy", "Jade", "Pearl", "Destiny", "Autumn", "Holly", "Iris", "Lily", "Heather",
         "Olive", "Penny", "Ginger", "Sunny", "Charity", "Honor"),
        ("Bill", "Will", "Hunter", "Chase", "Frank", "Art", "Rich", "King", "Sterling", "Wade", "Gene", "Earl", "Rusty",
         "Guy", "Mark", "Pat", "Rocky", "Justice", "Royal", "Sonny"),
        ("Young", "Park", "Brown", "Gay", "Hunter", "Little", "Strong", "Rich", "White", "Black", "Wood", "Fox", "King",
         "Bush", "Love", "Guy", "Cook", "Price", "Hale", "Bird", "Snow", "Moody", "Sharp", "Best", "Friend", "Law",
         "Hope", "Short", "Long", "Small", "Bell", "Hill", "Green", "Gold", "Bond", "Day", "Page", "Battle", "Hart",
         "Swift", "Mann", "Rice", "Stone", "Church", "May", "Waters", "Walker"),
    ),
}  # fmt: skip
_PARTICLE_SURNAMES: Final = (
    "O'Connell", "O'Brien", "McAllister", "MacDonald", "D'Souza", "D'Angelo", "De la Cruz", "del Rosario",
    "van der Berg", "Van Dyke", "St. John", "LeBlanc", "Ben-David", "Abu Bakr", "Ortiz de Zárate", "García López",
    "Santos Silva", "Fitzgerald-Ward", "Nakamura-Reyes", "Okafor-Smith", "Mac Giolla Phádraig", "De Souza Lima",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Chinese name pools
# ---------------------------------------------------------------------------------------------
_ZH_COMMON_SURNAMES: Final = _split_pairs(
    "王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 黄:Huang 赵:Zhao 吴:Wu 周:Zhou 徐:Xu 孙:Sun 马:Ma 朱:Zhu 胡:Hu "
    "郭:Guo 何:He 高:Gao 林:Lin 罗:Luo 郑:Zheng 梁:Liang 谢:Xie 宋:Song 唐:Tang 许:Xu 韩:Han 冯:Feng 邓:Deng 曹:Cao "
    "彭:Peng 曾:Zeng 肖:Xiao 田:Tian 董:Dong 袁:Yuan 潘:Pan 于:Yu 蒋:Jiang 蔡:Cai 余:Yu 杜:Du 叶:Ye 程:Cheng 苏:Su "
    "魏:Wei 吕:Lyu 丁:Ding 任:Ren 沈:Shen 姚:Yao 卢:Lu 姜:Jiang 崔:Cui 钟:Zhong 谭:Tan 陆:Lu 汪:Wang 范:Fan 金:Jin "
    "石:Shi 廖:Liao 贾:Jia 夏:Xia 韦:Wei 方:Fang 白:Bai 邹:Zou 孟:Meng 熊:Xiong 秦:Qin 邱:Qiu 江:Jiang 尹:Yin 薛:Xue "
    "段:Duan 雷:Lei 侯:Hou 龙:Long 史:Shi 陶:Tao 黎:Li 贺:He 顾:Gu 毛:Mao 郝:Hao 龚:Gong 邵:Shao 万:Wan 钱:Qian "
    "严:Yan 覃:Qin 武:Wu 戴:Dai 莫:Mo 孔:Kong 向:Xiang 常:Chang 文:Wen 安:An 易:Yi 牛:Niu 全:Quan 原:Yuan 时:Shi "
    "明:Ming 成:Cheng 游:You 和:He 单:Shan 查:Zha 区:Ou 种:Chong 解:Xie 朴:Piao 仇:Qiu 盖:Ge 关:Guan 乔:Qiao"
)
_ZH_COMPOUND_SURNAMES: Final = _split_pairs(
    "欧阳:Ouyang 司马:Sima 上官:Shangguan 诸葛:Zhuge 东方:Dongfang 皇甫:Huangfu 慕容:Murong 司徒:Situ 令狐:Linghu "
    "夏侯:Xiahou 尉迟:Yuchi 公孙:Gongsun 长孙:Zhangsun 宇文:Yuwen 端木:Duanmu 申屠:Shentu 南宫:Nangong 澹台:Tantai"
)
_ZH_RARE_SURNAMES: Final = _split_pairs(
    "禤:Xuan 仉:Zhang 亓:Qi 佘:She 冼:Xian 靳:Jin 逄:Pang 訾:Zi 厍:She 晏:Yan 蒯:Kuai 隗:Wei 钮:Niu 鄢:Yan 佟:Tong "
    "阙:Que 郗:Xi 璩:Qu 芮:Rui 敖:Ao 那:Na 揭:Jie 缑:Gou 墨:Mo 遆:Ti 蹇:Jian 麴:Qu 眭:Sui 昝:Zan 蓟:Ji"
)
_ZH_GIVEN: Final[dict[tuple[str, bool], tuple[tuple[str, str], ...]]] = {
    # (era, female) -> (given name, pinyin)
    ("old", True): _split_pairs(
        "秀兰:Xiulan 桂英:Guiying 淑珍:Shuzhen 玉兰:Yulan 凤英:Fengying 红梅:Hongmei 素芬:Sufen 春花:Chunhua 翠兰:Cuilan "
        "兰英:Lanying 桂芝:Guizhi 招娣:Zhaodi 秀英:Xiuying 芳:Fang 淑华:Shuhua 玉珍:Yuzhen 月娥:Yue'e 爱华:Aihua 平:Ping"
    ),
    ("old", False): _split_pairs(
        "建国:Jianguo 国庆:Guoqing 德福:Defu 长根:Changgen 金宝:Jinbao 志刚:Zhigang 卫东:Weidong 福生:Fusheng 宝山:Baoshan "
        "振华:Zhenhua 援朝:Yuanchao 德胜:Desheng 富贵:Fugui 来福:Laifu 有才:Youcai 明:Ming 勇:Yong 军:Jun 保国:Baoguo "
        "水生:Shuisheng 跃进:Yuejin 华:Hua"
    ),
    ("mid", True): _split_pairs(
        "静:Jing 敏:Min 丽:Li 艳:Yan 海燕:Haiyan 丽娟:Lijuan 春燕:Chunyan 晓燕:Xiaoyan 雪梅:Xuemei 文静:Wenjing 婷婷:Tingting "
        "亚楠:Yanan 秀梅:Xiumei 永红:Yonghong 红:Hong 琳:Lin 倩:Qian 晨曦:Chenxi 佳怡:Jiayi 慧敏:Huimin 丽华:Lihua 春梅:Chunmei "
        "红霞:Hongxia 平安:Ping'an"
    ),
    ("mid", False): _split_pairs(
        "伟:Wei 磊:Lei 强:Qiang 洋:Yang 志强:Zhiqiang 晓明:Xiaoming 建华:Jianhua 海涛:Haitao 俊杰:Junjie 鹏飞:Pengfei "
        "立新:Lixin 平安:Ping'an 凯:Kai 思远:Siyuan 子健:Zijian 文博:Wenbo 家豪:Jiahao 建军:Jianjun 晓东:Xiaodong 海波:Haibo "
        "利民:Limin 向阳:Xiangyang 东:Dong"
    ),
    ("young", True): _split_pairs(
        "子涵:Zihan 梓萱:Zixuan 欣怡:Xinyi 雨桐:Yutong 诗涵:Shihan 若汐:Ruoxi 语嫣:Yuyan 可馨:Kexin 思彤:Sitong 安然:Anran "
        "依依:Yiyi 佳琪:Jiaqi 芷若:Zhiruo 嘉懿:Jiayi 梦瑶:Mengyao 一诺:Yinuo"
    ),
    ("young", False): _split_pairs(
        "浩然:Haoran 子轩:Zixuan 沐宸:Muchen 浩宇:Haoyu 宇轩:Yuxuan 梓睿:Zirui 锦程:Jincheng 奕辰:Yichen 星辰:Xingchen "
        "乐:Le 天佑:Tianyou 梓豪:Zihao 雨泽:Yuze 俊熙:Junxi 明轩:Mingxuan 一鸣:Yiming 一诺:Yinuo"
    ),
}
_ZH_XIAO: Final = (
    "豆豆",
    "乐乐",
    "果果",
    "朵朵",
    "贝贝",
    "糖糖",
    "多多",
    "妞妞",
    "壮壮",
    "团团",
    "毛毛",
    "丫丫",
    "石头",
    "阿福",
    "宝儿",
    "球球",
    "二丫",
    "小胖",
)
_ZH_NET: Final = (
    "快乐的小鱼", "阳光男孩88", "岁月静好", "向日葵", "夏天的风", "云淡风轻", "天天向上", "开心果", "平安是福", "老顽童1956",
    "风中的蒲公英", "Sunny雪", "明天会更好", "静水流深", "荷塘月色", "一路有你", "晴天", "木子李", "耳东陈", "弓长张", "花开富贵",
    "笑口常开", "知足常乐", "大海", "Lucky星", "青青草", "海阔天空",
)  # fmt: skip
_HK_PEOPLE: Final = (
    ("陳", "大文", "CHAN", "Tai Man", False), ("李", "嘉欣", "LEE", "Ka Yan", True), ("黃", "志偉", "WONG", "Chi Wai", False),
    ("張", "美玲", "CHEUNG", "Mei Ling", True), ("梁", "家輝", "LEUNG", "Ka Fai", False), ("何", "綺雯", "HO", "Yee Man", True),
    ("周", "國強", "CHOW", "Kwok Keung", False), ("鄭", "淑儀", "CHENG", "Suk Yi", True), ("林", "嘉慧", "LAM", "Ka Wai", True),
    ("吳", "志明", "NG", "Chi Ming", False), ("劉", "振邦", "LAU", "Chun Pong", False), ("區", "詠詩", "AU", "Wing Sze", True),
)  # fmt: skip
_TW_PEOPLE: Final = (
    ("陳", "美惠", "Chen", "Mei-hui", True), ("林", "志明", "Lin", "Chih-ming", False), ("黃", "淑芬", "Huang", "Shu-fen", True),
    ("張", "家豪", "Chang", "Chia-hao", False), ("李", "雅婷", "Li", "Ya-ting", True), ("王", "冠宇", "Wang", "Kuan-yu", False),
    ("吳", "佩珊", "Wu", "Pei-shan", True), ("劉", "俊傑", "Liu", "Chun-chieh", False), ("蔡", "宜蓁", "Tsai", "Yi-chen", True),
    ("許", "文雄", "Hsu", "Wen-hsiung", False), ("鄭", "淑貞", "Cheng", "Shu-chen", True), ("謝", "宗翰", "Hsieh", "Tsung-han", False),
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------
_US_PLACES: Final = (
    ("Worcester", "MA", "016"), ("Springfield", "IL", "627"), ("Dayton", "OH", "454"), ("Tucson", "AZ", "857"),
    ("Fresno", "CA", "937"), ("Bakersfield", "CA", "933"), ("Lowell", "MA", "018"), ("Paterson", "NJ", "075"),
    ("Yonkers", "NY", "107"), ("Scranton", "PA", "185"), ("Tacoma", "WA", "984"), ("Boise", "ID", "837"),
    ("Des Moines", "IA", "503"), ("Lubbock", "TX", "794"), ("El Paso", "TX", "799"), ("Laredo", "TX", "780"),
    ("Savannah", "GA", "314"), ("Macon", "GA", "312"), ("Mobile", "AL", "366"), ("Shreveport", "LA", "711"),
    ("Knoxville", "TN", "379"), ("Toledo", "OH", "436"), ("Flint", "MI", "485"), ("Rochester", "MN", "559"),
    ("Fargo", "ND", "581"), ("Sioux Falls", "SD", "571"), ("Reno", "NV", "895"), ("Santa Fe", "NM", "875"),
    ("Pueblo", "CO", "810"), ("Eugene", "OR", "974"), ("Spokane", "WA", "992"), ("Hartford", "CT", "061"),
    ("Providence", "RI", "029"), ("Burlington", "VT", "054"), ("Portland", "ME", "041"), ("Manchester", "NH", "031"),
    ("Wilmington", "DE", "198"), ("Baltimore", "MD", "212"), ("Richmond", "VA", "232"), ("Durham", "NC", "277"),
    ("Columbia", "SC", "292"), ("Tallahassee", "FL", "323"), ("Orlando", "FL", "328"), ("Hialeah", "FL", "330"),
    ("Birmingham", "AL", "352"), ("Jackson", "MS", "392"), ("Little Rock", "AR", "722"), ("Tulsa", "OK", "741"),
    ("Wichita", "KS", "672"), ("Omaha", "NE", "681"), ("Madison", "WI", "537"), ("Gary", "IN", "464"),
    ("Akron", "OH", "443"), ("Erie", "PA", "165"), ("Buffalo", "NY", "142"), ("Brooklyn", "NY", "112"),
    ("Honolulu", "HI", "968"), ("Anchorage", "AK", "995"), ("Salinas", "CA", "939"), ("Chula Vista", "CA", "919"),
    ("Aurora", "CO", "800"), ("Joliet", "IL", "604"), ("Independence", "MO", "640"), ("Hope", "AR", "718"),
    ("Florence", "SC", "295"), ("Victoria", "TX", "779"), ("Eden", "NC", "272"), ("Athens", "GA", "306"),
    ("Paris", "TX", "754"), ("Troy", "NY", "121"), ("Liberty", "MO", "640"), ("Lynn", "MA", "019"),
)  # fmt: skip
_STREET_WORDS: Final = (
    "Larkspur", "Maple", "Oak Hollow", "Elm", "Cedar Ridge", "Washington", "Lincoln", "Martin Luther King Jr",
    "Old Mill", "Birch", "Sycamore", "Chestnut", "Magnolia", "Cottonwood", "Pine Hill", "River", "Lakeview",
    "Sunset", "Park", "Church", "Main", "Highland", "Prospect", "Orchard", "Willow Creek", "Juniper", "Pleasant",
    "Franklin", "Jefferson", "Calle Real", "Dogwood", "Hawthorne", "Quail Run", "Bluebonnet", "Cherokee",
    "Shady Grove", "Kingsley", "Mulberry", "Harbor View", "Rosewood", "Hope", "Liberty", "Grant", "Peachtree",
)  # fmt: skip
_STREET_SUFFIXES: Final = (
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Rd",
    "Road",
    "Blvd",
    "Ln",
    "Lane",
    "Dr",
    "Drive",
    "Ct",
    "Way",
    "Pl",
    "Terrace",
    "Cir",
    "Pkwy",
)
_COUNTIES: Final = (
    "Cook",
    "Cuyahoga",
    "Maricopa",
    "Fresno",
    "Hamilton",
    "Wayne",
    "Jefferson",
    "Franklin",
    "Orange",
    "Polk",
    "Marion",
    "Kent",
    "Essex",
    "Hidalgo",
    "Travis",
    "Lancaster",
    "Sangamon",
    "Pima",
)
_FOREIGN_CITIES: Final = (
    "Lagos",
    "Guadalajara",
    "Hanoi",
    "Busan",
    "Amman",
    "Kraków",
    "Cork",
    "Pune",
    "Manchester",
    "Manila",
    "Ibadan",
    "Monterrey",
    "Da Nang",
    "Incheon",
    "Beirut",
    "Gdańsk",
    "Galway",
    "Hyderabad",
    "Leeds",
    "Nairobi",
    "Enugu",
    "Kano",
    "São Paulo",
    "Izmir",
)
_UK_CITIES: Final = (
    ("Leeds", "LS"),
    ("Bristol", "BS"),
    ("Derby", "DE"),
    ("Leicester", "LE"),
    ("Coventry", "CV"),
    ("Sheffield", "S"),
    ("Nottingham", "NG"),
    ("Norwich", "NR"),
    ("Cardiff", "CF"),
    ("Glasgow", "G"),
)
_IN_CITIES: Final = ("Pune", "Hyderabad", "Chennai", "Kochi", "Ahmedabad", "Lucknow", "Bengaluru", "Jaipur")
_LANGUAGE_OF: Final[dict[str, str]] = {
    "es_MX": "Spanish", "@vi": "Vietnamese", "@ko": "Korean", "@ar": "Arabic", "pl_PL": "Polish", "yo_NG": "Yoruba",
    "ig_NG": "Igbo", "ha_NG": "Hausa", "pt_BR": "Portuguese", "@zh": "Mandarin", "tr_TR": "Turkish", "sw": "Swahili",
    "en_PK": "Urdu", "en_IN": "Hindi", "fr_FR": "French", "it_IT": "Italian", "de_DE": "German", "id_ID": "Indonesian",
}  # fmt: skip
_CN_PLACES: Final = (
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙岗区", "罗湖区"), "0755"),
    ("广东省", "广州市", ("天河区", "越秀区", "海珠区", "番禺区", "白云区"), "020"),
    ("", "北京市", ("朝阳区", "海淀区", "西城区", "丰台区", "东城区"), "010"),
    ("", "上海市", ("徐汇区", "浦东新区", "静安区", "闵行区", "杨浦区"), "021"),
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "余杭区", "上城区"), "0571"),
    ("湖北省", "武汉市", ("武昌区", "洪山区", "江汉区", "江岸区"), "027"),
    ("四川省", "成都市", ("武侯区", "锦江区", "成华区", "青羊区"), "028"),
    ("江苏省", "南京市", ("鼓楼区", "玄武区", "江宁区", "秦淮区"), "025"),
    ("湖南省", "长沙市", ("岳麓区", "天心区", "开福区", "雨花区"), "0731"),
    ("山东省", "青岛市", ("市南区", "崂山区", "黄岛区", "李沧区"), "0532"),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区"), "0371"),
    ("陕西省", "西安市", ("雁塔区", "碑林区", "未央区"), "029"),
    ("福建省", "厦门市", ("思明区", "湖里区", "集美区"), "0592"),
    ("辽宁省", "沈阳市", ("和平区", "皇姑区", "铁西区"), "024"),
    ("", "重庆市", ("渝中区", "江北区", "九龙坡区", "南岸区"), "023"),
    ("", "天津市", ("南开区", "河西区", "和平区"), "022"),
    ("云南省", "昆明市", ("五华区", "盘龙区", "官渡区"), "0871"),
    ("安徽省", "合肥市", ("蜀山区", "包河区", "庐阳区"), "0551"),
    ("河北省", "石家庄市", ("长安区", "裕华区", "桥西区"), "0311"),
    ("江西省", "南昌市", ("东湖区", "青山湖区", "西湖区"), "0791"),
    ("湖南省", "邵阳市", ("新邵县", "邵东市", "双清区"), "0739"),
    ("广西壮族自治区", "南宁市", ("青秀区", "兴宁区", "西乡塘区"), "0771"),
    ("黑龙江省", "哈尔滨市", ("南岗区", "道里区", "香坊区"), "0451"),
    ("甘肃省", "兰州市", ("城关区", "七里河区"), "0931"),
)  # fmt: skip
_CN_ROADS: Final = (
    "科技南路", "人民路", "解放路", "中山路", "建设大道", "文化路", "长江路", "桃源路", "学府路", "友谊路", "和平里东街", "新华街",
    "江汉路", "迎宾大道", "滨河路", "青年路", "光明街", "幸福路", "东风路", "胜利街", "五一路", "健康路", "北京路", "黄河路",
    "花园街", "育才路", "劳动路", "工农路", "团结巷", "春熙路",
)  # fmt: skip
_CN_COMPOUNDS: Final = (
    "阳光花园",
    "翠苑",
    "碧桂园",
    "万科城",
    "和谐家园",
    "锦绣江南",
    "幸福里小区",
    "金色家园",
    "枫林湾",
    "绿城百合",
    "水岸明珠",
    "东方明珠苑",
    "世纪新城",
    "康乐小区",
    "教师新村",
    "铁路宿舍",
)
_CN_TOWNS: Final = ("城关", "白马", "石桥", "陈家坊", "黄龙", "太平", "新田铺", "龙山")
_CN_VILLAGES: Final = ("李家村", "下湾村", "新民村", "大坪村", "石门村", "杨柳村", "团结村")
_CN_JIEDAO: Final = ("粤海", "桃源", "和平里", "南湖", "东湖", "新华", "建设", "花园", "长安", "望京", "水果湖", "玉林")
_CN_WORDS: Final = (
    "阳光",
    "康宁",
    "仁爱",
    "福寿",
    "安康",
    "春晖",
    "明德",
    "启航",
    "新星",
    "彩虹",
    "育英",
    "博爱",
    "颐和",
    "松鹤",
)
_TW_CITIES: Final = ("台北市", "新北市", "台中市", "高雄市", "台南市", "桃園市")
_TW_STREETS: Final = (
    "大安區忠孝東路四段",
    "信義區松仁路",
    "板橋區文化路一段",
    "西屯區台灣大道三段",
    "苓雅區四維三路",
    "東區長榮路二段",
    "中壢區中正路",
)
_HK_ADDRESSES: Final = (
    "九龍旺角彌敦道",
    "新界沙田第一城",
    "香港仔田灣邨",
    "九龍觀塘協和街",
    "新界屯門友愛邨",
    "港島北角英皇道",
    "九龍紅磡黃埔花園",
)


@dataclass(frozen=True)
class _Person:
    first: str  # given name(s); Chinese: 名
    last: str  # family name; Chinese: 姓
    middle: str = ""
    nick: str = ""
    female: bool = True
    culture: str = ""
    roman_sur: str = ""
    roman_given: str = ""
    xiao: str = ""
    net: str = ""
    email: str = ""


@dataclass(frozen=True)
class _Place:
    street: str
    city: str
    state: str = ""
    zip: str = ""
    province: str = ""
    street_name: str = ""
    area_code: str = ""
    district: str = ""


class _Fakers:
    """Faker instances, created once per ``generate_blind6`` call and re-seeded from the note's
    ``random.Random`` before every use, so each note depends only on its own seed."""

    def __init__(self) -> None:
        self._cache: dict[str, Faker] = {}

    def get(self, locale: str, rng: random.Random) -> Faker:
        fake = self._cache.get(locale)
        if fake is None:
            fake = Faker(locale)
            self._cache[locale] = fake
        fake.seed_instance(rng.getrandbits(32))
        return fake


_EN_PERSON_FIELDS: Final = frozenset({
    "full", "fullmid", "fmi", "first", "last", "middle", "caps", "capsfirst", "capslast", "lc", "lcfull", "lclast",
    "nick", "lcnick", "init", "initials", "lcinitials", "email", "user", "fam", "famcaps", "lcfam", "dea", "alias",
})  # fmt: skip
_ZH_PERSON_FIELDS: Final = frozenset({
    "full", "sur", "given", "xiao", "net", "pinyin", "pinyincaps", "pinyinwest", "fam", "email", "trad", "roman", "wxid",
})  # fmt: skip


class _Values(dict[str, str]):
    """The ``values`` mapping handed to ``render``: each key is generated on first use."""

    def __init__(self, note: _Note) -> None:
        super().__init__()
        self._note = note

    def __missing__(self, key: str) -> str:
        value = self._note.value(key)
        if value != value.strip() or not value:
            raise ValueError(f"generated value for {key!r} is empty or not stripped")
        self[key] = value
        return value


def _band(template_name: str) -> str:
    return template_name.split("_", 1)[0]


class _Note:
    """Value generation for one note: a persona plus lazily invented people, places and numbers."""

    def __init__(
        self, language: str, rng: random.Random, fakers: _Fakers, band: str, female: bool | None = None
    ) -> None:
        self.language = language
        self.persona_female = female
        self.rng = rng
        self.fakers = fakers
        self.ref = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(540))
        self.people: dict[str, _Person] = {}
        self.places: dict[str, _Place] = {}
        self.memo: dict[tuple[str, str], str] = {}
        self.dates: dict[tuple[str, str], dt.date] = {}
        self.pt_fields: dict[str, str] = {}
        self.age = self._persona_age(band)
        if language == "en":
            self.patient = self._en_person("pt", persona=True)
        else:
            self.patient = self._zh_person("pt", persona=True)
        self.people["pt"] = self.patient
        self.known = self._make_persona()

    # -- persona ----------------------------------------------------------------------------
    def _female_for(self, ent: str, *, persona: bool = False) -> bool:
        """``r1f`` / ``r1m``: an entity whose key ends in f or m after its number has that sex."""
        if persona and self.persona_female is not None:
            return self.persona_female
        marked = re.fullmatch(r"[a-z]+\d+([fm])", ent)
        if marked:
            return marked.group(1) == "f"
        return self.rng.random() < 0.55

    def _persona_age(self, band: str) -> int:
        rng = self.rng
        if band == "infant":
            return 0
        if band == "work":
            return rng.randint(20, 63)
        if band == "child":
            return rng.randint(3, 6)
        if band == "peds":
            return rng.randint(2, 16)
        if band == "geri":
            return rng.randint(90, 106) if rng.random() < 0.45 else rng.randint(66, 89)
        return rng.randint(90, 103) if rng.random() < 0.08 else rng.randint(19, 88)

    def _make_persona(self) -> tuple[KnownIdentifier, ...]:
        rng = self.rng
        if self.age == 0:
            dob = self.ref - dt.timedelta(days=rng.randint(1, 20))
        else:
            start = _shift_years(self.ref, -(self.age + 1)) + dt.timedelta(days=1)
            end = _shift_years(self.ref, -self.age)
            dob = start + dt.timedelta(days=rng.randrange((end - start).days + 1))
        self.dates[("pt", "dob")] = dob
        p = self.patient
        fields = self.pt_fields
        fields["age"] = str(self.age)
        if self.language == "en":
            fields["agew"] = _en_words(self.age, rng)
            fields["hon"] = rng.choice(("Ms.", "Mrs.", "Ms")) if p.female else rng.choice(("Mr.", "Mr"))
            fields["sex"] = "F" if p.female else "M"
            fields["lang"] = _LANGUAGE_OF.get(
                p.culture, rng.choice(("Spanish", "Vietnamese", "Haitian Creole", "Somali", "Russian", "Tagalog"))
            )
            fields["mrn"] = self._gen_id("mrn")
            fields["ssn"] = self._ssn_for("pt")
            digits = self._phone_digits("pt", "us")
            fields["phone"] = self._fmt_us(digits, rng.choice(("paren", "dash", "dash", "dot", "plain")))
            place = self._place("pt")
            fields["email"] = p.email
            known = [
                KnownIdentifier("PERSON", f"{p.first} {p.last}"),
                KnownIdentifier("PERSON", p.first),
                KnownIdentifier("PERSON", p.last),
            ]
            if p.middle:
                known.append(KnownIdentifier("PERSON", p.middle))
            known += [
                KnownIdentifier("ID", fields["mrn"]),
                KnownIdentifier("ID", fields["ssn"]),
                KnownIdentifier("PHONE", fields["phone"]),
                KnownIdentifier("ADDRESS", place.street),
                KnownIdentifier("ADDRESS", place.zip),
                KnownIdentifier("LOCATION", place.city),
                KnownIdentifier("DATE", dob.isoformat()),
                KnownIdentifier("EMAIL", p.email),
            ]
            return tuple(known)
        fields["agecn"] = _cn_number(self.age)
        fields["hon"] = "女士" if p.female else "先生"
        fields["sex"] = "女" if p.female else "男"
        fields["elder"] = "阿姨" if p.female else "叔叔"
        fields["mrn"] = self._gen_id("bah")
        rid = self._rid_for("pt", dob)
        self.memo[("pt", "rid")] = rid
        fields["phone"] = self._cn_mobile("pt")
        place = self._place("pt")
        fields["email"] = p.email
        return (
            KnownIdentifier("PERSON", p.last + p.first),
            KnownIdentifier("PERSON", p.last),
            KnownIdentifier("PERSON", p.first),
            KnownIdentifier("ID", fields["mrn"]),
            KnownIdentifier("ID", rid),
            KnownIdentifier("PHONE", fields["phone"]),
            KnownIdentifier("ADDRESS", place.street),
            KnownIdentifier("LOCATION", place.city),
            KnownIdentifier("DATE", dob.isoformat()),
            KnownIdentifier("EMAIL", p.email),
        )

    # -- dispatch ---------------------------------------------------------------------------
    def value(self, key: str) -> str:
        ent, sep, fld = key.partition("_")
        if not sep:
            return _filler_value(self, key)
        if ent == "pt" and fld in self.pt_fields:
            return self.pt_fields[fld]
        person_fields = _EN_PERSON_FIELDS if self.language == "en" else _ZH_PERSON_FIELDS
        if fld in person_fields:
            person = self.people.get(ent) or self._new_person(ent)
            return self._en_person_field(person, fld) if self.language == "en" else self._zh_person_field(person, fld)
        generic = (_EN_GENERIC if self.language == "en" else _ZH_GENERIC).get(fld)
        if generic is None:
            raise KeyError(f"no generator for field {fld!r}")
        return generic(self, ent)

    # -- people -----------------------------------------------------------------------------
    def _new_person(self, ent: str) -> _Person:
        taken = {(q.first, q.last) for q in self.people.values()}
        person = self._en_person(ent) if self.language == "en" else self._zh_person(ent)
        for _ in range(10):  # two different people in one note should not share a full name
            if (person.first, person.last) not in taken:
                break
            person = self._en_person(ent) if self.language == "en" else self._zh_person(ent)
        self.people[ent] = person
        return person

    def _en_person(self, ent: str, *, persona: bool = False) -> _Person:
        rng = self.rng
        if ent.startswith("w"):
            culture = "@word"
        elif (
            ent.startswith(("r", "g"))
            and not persona
            and rng.random() < 0.6
            and self.patient.culture not in ("@word", "@hyphen")
        ):
            culture = self.patient.culture  # relatives mostly share the patient's background
        else:
            cultures, weights = zip(*_EN_CULTURES, strict=True)
            culture = rng.choices(cultures, weights)[0]
        female = self._female_for(ent, persona=persona)
        fake_us = self.fakers.get("en_US", rng)
        middle = ""
        if culture == "@nick":
            pool = [n for n in _NICKS if (n in _NICK_FEMALE) == female]
            first = rng.choice(pool)
            last = fake_us.last_name()
        elif culture in _HAND_POOLS:
            fem, mal, fam = _HAND_POOLS[culture]
            first = rng.choice(fem if female else mal)
            last = rng.choice(fam)
            if culture == "@word" and rng.random() < 0.4:
                if rng.random() < 0.5:
                    first = fake_us.first_name_female() if female else fake_us.first_name_male()
                else:
                    last = fake_us.last_name()
        elif culture == "@hyphen":
            first = fake_us.first_name_female() if female else fake_us.first_name_male()
            if rng.random() < 0.5:
                last = rng.choice(_PARTICLE_SURNAMES)
            else:
                other = self.fakers.get(rng.choice(("en_US", "es_MX", "en_GB", "pl_PL")), rng)
                last = f"{fake_us.last_name()}-{other.last_name()}"
        else:
            fake = self.fakers.get(culture, rng)
            first = fake.first_name_female() if female else fake.first_name_male()
            last = fake.last_name()
        first, last = first.strip(), last.strip()
        if rng.random() < (0.45 if persona else 0.15):
            middle = (fake_us.first_name_female() if female else fake_us.first_name_male()).strip()
        nicks = _NICKS.get(first)
        if nicks:
            nick = rng.choice(nicks)
        elif len(first) > 6 and " " not in first and "-" not in first and rng.random() < 0.5:
            nick = first[:4]
        else:
            nick = first.split()[0]
        if ent.startswith("s"):
            dom = rng.choice(
                (
                    "lakesidehealth.org",
                    "mercyhs.org",
                    "valleymed.com",
                    "summitcare.org",
                    "evergreenclinic.org",
                    "prairiehealth.net",
                )
            )
            email = rng.choice(
                (
                    f"{_ascii(first)}.{_ascii(last)}@{dom}",
                    f"{_ascii(first)[:1]}{_ascii(last)}@{dom}",
                    f"{_ascii(last)}{_ascii(first)[:1]}{rng.randint(1, 9)}@{dom}",
                )
            )
        else:
            email = self._en_email(first, last, nick)
        return _Person(first=first, last=last, middle=middle, nick=nick, female=female, culture=culture, email=email)

    def _en_email(self, first: str, last: str, nick: str) -> str:
        rng = self.rng
        f, la, n = _ascii(first) or "pat", _ascii(last) or "doe", _ascii(nick) or "pt"
        domain = rng.choice(
            (
                "gmail.com",
                "yahoo.com",
                "outlook.com",
                "hotmail.com",
                "icloud.com",
                "aol.com",
                "comcast.net",
                "att.net",
                "proton.me",
                "yahoo.co.uk",
                "rediffmail.com",
                "live.com",
            )
        )
        local = rng.choice((
            f"{f}.{la}", f"{f[0]}{la}{_d(rng, 2)}", f"{n}{la[:4]}{rng.randint(1, 99)}", f"{la}.{f}", f"{f}_{la}{_d(rng, 4)}",
            f"{n}.{la}", f"{f}{la[0]}", f"{la}{f[0]}{rng.randint(1950, 2005)}", f"grandma{n}" if rng.random() < 0.2 else f"{n}{la}",
        ))  # fmt: skip
        return f"{local}@{domain}"

    def _zh_person(self, ent: str, *, persona: bool = False) -> _Person:
        rng = self.rng
        female = self._female_for(ent, persona=persona)
        if ent.startswith(("hk", "tw")):
            pool = [entry for entry in (_HK_PEOPLE if ent.startswith("hk") else _TW_PEOPLE) if entry[4] == female]
            sur, given, rsur, rgiven, _ = rng.choice(pool)
            email = f"{_ascii(rgiven)}.{_ascii(rsur)}@{rng.choice(('yahoo.com.hk', 'gmail.com', 'hotmail.com', 'netvigator.com', 'yahoo.com.tw'))}"
            return _Person(
                first=given, last=sur, female=female, culture=ent[:2], roman_sur=rsur, roman_given=rgiven, email=email
            )
        roll = rng.random()
        if roll < 0.09:
            sur, rsur = rng.choice(_ZH_COMPOUND_SURNAMES)
        elif roll < 0.2:
            sur, rsur = rng.choice(_ZH_RARE_SURNAMES)
        else:
            sur, rsur = rng.choice(_ZH_COMMON_SURNAMES)
        if persona:
            era = "old" if self.age >= 58 else "mid" if self.age >= 25 else "young"
        elif ent.startswith("g"):
            era = "old"
        elif ent.startswith("k"):
            era = "young"
        elif ent.startswith(("s", "o")):
            era = rng.choice(("mid", "mid", "young", "old"))
        else:
            era = rng.choice(("old", "mid", "young"))
        given, rgiven = rng.choice(_ZH_GIVEN[(era, female)])
        if rng.random() < 0.5:
            xiao = rng.choice(_ZH_XIAO)
        elif len(given) == 2 and rng.random() < 0.5:
            xiao = given[1] * 2
        else:
            xiao = "小" + given[-1]
        roll = rng.random()
        if roll < 0.6:
            net = rng.choice(_ZH_NET)
        elif roll < 0.75:
            net = f"{_ascii(rgiven)}{_d(rng, 2)}"
        elif roll < 0.88:
            net = xiao + rng.choice(("", "呀", f"_{_d(rng, 2)}", "妈咪"))
        else:
            net = sur + given
        py = _ascii(rsur) + _ascii(rgiven)
        email = rng.choice((
            f"{py}{_d(rng, 2)}@163.com", f"{_ascii(rgiven)[:1]}{_ascii(rgiven)[-1:]}_{_ascii(rsur)}@126.com", f"{_dn(rng, rng.randint(8, 10))}@qq.com",
            f"{py}@sina.com", f"{_ascii(rsur)}.{_ascii(rgiven)}@foxmail.com", f"{py}{rng.randint(1950, 2010)}@139.com",
        ))  # fmt: skip
        return _Person(
            first=given,
            last=sur,
            female=female,
            culture="cn",
            roman_sur=rsur,
            roman_given=rgiven,
            xiao=xiao,
            net=net,
            email=email,
        )

    def _en_person_field(self, p: _Person, fld: str) -> str:
        rng = self.rng
        full = f"{p.first} {p.last}"
        if fld == "full":
            return full
        if fld == "fullmid":
            middle = p.middle or self.fakers.get("en_US", rng).first_name()
            return f"{p.first} {middle} {p.last}"
        if fld == "fmi":
            middle = p.middle or rng.choice(_UPPER)
            return f"{p.first} {middle[0]}. {p.last}"
        simple = {
            "first": p.first, "last": p.last, "middle": p.middle or p.first, "caps": full.upper(),
            "capsfirst": p.first.upper(), "capslast": p.last.upper(), "lc": p.first.lower(), "lcfull": full.lower(), "lcfam": f"{p.first} {self.patient.last}".lower(),
            "lclast": p.last.lower(), "nick": p.nick, "lcnick": p.nick.lower(), "init": f"{p.first[0]}. {p.last}",
            "initials": p.first[0] + p.last[0], "lcinitials": (p.first[0] + p.last[0]).lower(), "email": p.email,
            "fam": f"{p.first} {self.patient.last}", "famcaps": f"{p.first} {self.patient.last}".upper(),
        }  # fmt: skip
        if fld in simple:
            return simple[fld]
        if fld == "user":
            return rng.choice(
                (
                    f"{_ascii(p.first)[:1]}{_ascii(p.last)}{_d(rng, 2)}",
                    f"{_ascii(p.nick)}_{_ascii(p.last)[:3]}",
                    f"{_ascii(p.last)}{_ascii(p.first)[:1]}",
                )
            )
        if fld == "dea":
            digits = [rng.randrange(10) for _ in range(6)]
            check = (digits[0] + digits[2] + digits[4] + 2 * (digits[1] + digits[3] + digits[5])) % 10
            initial = _ascii(p.last)[:1].upper() or "X"
            return rng.choice("ABFGM") + initial + "".join(map(str, digits)) + str(check)
        if fld == "alias":
            return f"{p.first} {self.fakers.get('en_US', rng).last_name()}"
        raise KeyError(fld)

    def _zh_person_field(self, p: _Person, fld: str) -> str:
        rng = self.rng
        rs, rg = p.roman_sur or "Li", p.roman_given or "Ming"
        pinyin = f"{rs} {rg}"
        simple = {
            "full": p.last + p.first, "trad": p.last + p.first, "sur": p.last, "given": p.first, "xiao": p.xiao or p.first,
            "net": p.net or p.last + p.first, "pinyin": pinyin, "roman": pinyin, "pinyincaps": pinyin.upper(),
            "pinyinwest": f"{rg} {rs}", "fam": self.patient.last + p.first, "email": p.email,
        }  # fmt: skip
        if fld in simple:
            return simple[fld]
        if fld == "wxid":
            return rng.choice(
                (
                    f"wxid_{''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(14))}",
                    f"{_ascii(rs)}_{_ascii(rg)}{_d(rng, 2)}",
                )
            )
        raise KeyError(fld)

    # -- shared entity state ----------------------------------------------------------------
    def _rid_for(self, ent: str, birth: dt.date) -> str:
        """A valid resident ID whose sex digit (17th, odd = male) matches the person if known."""
        person = self.people.get(ent)
        rid = cn_resident_id(self.rng, birth)
        for _ in range(20):
            if person is None or (int(rid[16]) % 2 == 0) == person.female:
                break
            rid = cn_resident_id(self.rng, birth)
        return rid

    def _memo(self, ent: str, family: str, factory: Callable[[], str]) -> str:
        key = (ent, family)
        if key not in self.memo:
            self.memo[key] = factory()
        return self.memo[key]

    def _date(self, ent: str, family: str = "date") -> dt.date:
        key = (ent, family)
        if key not in self.dates:
            rng = self.rng
            if family == "dob" and (ent, "age") in self.memo:
                # a stated age and a birth date (or the birth date inside a resident ID) must agree
                age = int(self.memo[(ent, "age")])
                latest = _shift_years(self.ref, -age)
                self.dates[key] = latest - dt.timedelta(days=rng.randrange(365))
            elif family == "dob":
                self.dates[key] = dt.date(1928, 1, 1) + dt.timedelta(days=rng.randrange(365 * 80))
            elif family == "old":
                self.dates[key] = dt.date(1946, 1, 1) + dt.timedelta(days=rng.randrange(365 * 30))
            else:
                chain = re.fullmatch(r"d(\d+)", ent)
                if chain and int(chain.group(1)) > 1:
                    # d1, d2, d3 ... run forward in time, as events in a record usually do
                    self.dates[key] = self._date(f"d{int(chain.group(1)) - 1}", family) + dt.timedelta(
                        days=rng.randint(1, 40)
                    )
                elif chain:
                    self.dates[key] = self.ref - dt.timedelta(days=rng.randint(30, 200))
                elif re.fullmatch(r"t\d+", ent):
                    self.dates[key] = self.ref + dt.timedelta(
                        days=rng.randint(0, 10)
                    )  # "today": the document's own date
                else:
                    self.dates[key] = self.ref + dt.timedelta(days=rng.randint(-240, 150))
        return self.dates[key]

    def _place(self, ent: str) -> _Place:
        place = self.places.get(ent)
        if place is None:
            home = self.places.get("pt")
            # most clinics, employers and neighbours are local to the patient; relatives and "x" places are not
            local = (
                home is not None
                and ent != "pt"
                and not ent.startswith(("x", "r", "g", "hk", "tw"))
                and self.rng.random() < 0.6
            )
            place = (
                self._en_place(home if local else None)
                if self.language == "en"
                else self._cn_place(home if local else None)
            )
            self.places[ent] = place
        return place

    def _en_place(self, home: _Place | None = None) -> _Place:
        rng = self.rng
        city, state, zip3 = (home.city, home.state, home.zip[:3]) if home else rng.choice(_US_PLACES)
        name = f"{rng.choice(_STREET_WORDS)} {rng.choice(_STREET_SUFFIXES)}"
        roll = rng.random()
        if roll < 0.06:
            street = f"PO Box {rng.randint(11, 9899)}"
        elif roll < 0.1:
            street = f"N{rng.randint(1000, 9999)} County Road {rng.choice(_UPPER)}"
        else:
            direction = rng.choice(("", "", "", "N ", "S ", "W ", "E ", "NE "))
            unit = rng.choice(
                (
                    "",
                    "",
                    "",
                    f" Apt {rng.randint(1, 40)}{rng.choice(('', 'A', 'B', 'C'))}",
                    f" Apt. {rng.randint(1, 300)}",
                    f" Unit {rng.randint(1, 30)}",
                    f" #{rng.randint(1, 500)}",
                    f" Lot {rng.randint(1, 90)}",
                )
            )
            street = f"{rng.randint(2, 19999)} {direction}{name}{unit}"
        return _Place(street=street, city=city, state=state, zip=zip3 + _d(rng, 2), street_name=name)

    def _cn_place(self, home: _Place | None = None) -> _Place:
        rng = self.rng
        entries = [e for e in _CN_PLACES if home is not None and e[1] == home.city] or list(_CN_PLACES)
        province, city, districts, area = rng.choice(entries)
        district = rng.choice(districts)
        if district.endswith(("县", "市")) and rng.random() < 0.6:
            street = f"{district}{rng.choice(_CN_TOWNS)}镇{rng.choice(_CN_VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 60)}号"
        else:
            road = f"{district}{rng.choice(_CN_ROADS)}{rng.randint(1, 999)}号"
            tail = rng.choice((
                f"{rng.choice(_CN_COMPOUNDS)}{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(1, 33)}{rng.randint(1, 4):02d}室",
                f"{rng.choice(_CN_COMPOUNDS)}{rng.randint(1, 20)}号楼{rng.randint(1, 6)}0{rng.randint(1, 4)}",
                f"{rng.randint(1, 12)}幢{rng.randint(101, 1805)}室", "", f"{rng.choice(_CN_COMPOUNDS)}{rng.randint(1, 9)}-{rng.randint(1, 3)}-{rng.randint(101, 602)}",
            ))  # fmt: skip
            street = road + tail
        return _Place(street=street, city=city, province=province, area_code=area, district=district)

    # -- numbers ----------------------------------------------------------------------------
    def _phone_digits(self, ent: str, family: str) -> str:
        rng = self.rng

        def us() -> str:
            return f"{rng.randint(2, 9)}{_d(rng, 2)}{rng.randint(2, 9)}{_d(rng, 6)}"

        return self._memo(ent, family, us)

    @staticmethod
    def _fmt_us(digits: str, style: str) -> str:
        a, b, c = digits[:3], digits[3:6], digits[6:]
        return {
            "paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}", "plain": digits,
            "intl": f"+1 {a} {b} {c}", "intldash": f"+1-{a}-{b}-{c}", "intlplain": f"+1{digits}", "one": f"1-{a}-{b}-{c}",
            "oneparen": f"1 ({a}) {b}-{c}", "seven": f"{b}-{c}",
        }[style]  # fmt: skip

    def _us_phone(self, ent: str, style: str, family: str = "us") -> str:
        if ent == "pt" and family == "us" and style == "known":
            return self.pt_fields["phone"]
        return self._fmt_us(self._phone_digits(ent, family), style)

    def _random_style(self, ent: str, family: str) -> str:
        return self._memo(
            ent, family + ":style", lambda: self.rng.choice(("paren", "paren", "dash", "dash", "dot", "plain", "intl"))
        )

    def _cn_mobile(self, ent: str) -> str:
        rng = self.rng
        return self._memo(ent, "cnm", lambda: rng.choice(("13", "15", "18", "17", "19", "14")) + _d(rng, 9))

    def _ssn_for(self, ent: str) -> str:
        rng = self.rng

        def make() -> str:
            area = rng.choice([n for n in range(1, 900) if n != 666])
            return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"

        return self._memo(ent, "ssn", make)

    def _gen_id(self, kind: str) -> str:
        """Identifier formats that do not depend on an entity."""
        rng = self.rng
        year = str(self.ref.year)
        choices: dict[str, tuple[Callable[[], str], ...]] = {
            # English / US
            "mrn": (lambda: _d(rng, 8), lambda: f"E{_d(rng, 7)}", lambda: f"MR{_d(rng, 6)}", lambda: f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}", lambda: f"{_d(rng, 2)}-{_d(rng, 6)}", lambda: f"M{_d(rng, 9)}", lambda: _dn(rng, 7)),
            "acct": (lambda: _dn(rng, 10), lambda: f"ACCT-{_d(rng, 8)}", lambda: f"{_d(rng, 3)}{_d(rng, 7)}-{_d(rng, 2)}", lambda: f"G{_d(rng, 9)}"),
            "enc": (lambda: _dn(rng, 10), lambda: f"V{_d(rng, 9)}", lambda: f"ENC{_d(rng, 8)}"),
            "member": (lambda: f"{_letters(rng, 3)}{_d(rng, 9)}", lambda: f"W{_d(rng, 9)}{_d(rng, 2)}", lambda: _dn(rng, 11), lambda: f"{_letters(rng, 3)}{_d(rng, 6)}M{_d(rng, 5)}", lambda: f"{_d(rng, 9)}-{_d(rng, 2)}", lambda: f"U{_d(rng, 8)} 0{rng.randint(1, 4)}"),
            "group": (lambda: _d(rng, 7), lambda: f"GRP{_d(rng, 5)}", lambda: f"{_d(rng, 6)}-{_d(rng, 3)}", lambda: f"{_d(rng, 5)}{_letters(rng, 1)}{_d(rng, 3)}", lambda: f"{_letters(rng, 2)}{_d(rng, 4)}"),
            "claim": (lambda: _dn(rng, 13), lambda: f"{_d(rng, 2)}{_letters(rng, 1)}{_d(rng, 7)}", lambda: f"CLM-{_d(rng, 9)}", lambda: f"E{_d(rng, 11)}", lambda: f"{year}-{_d(rng, 4)}-{_d(rng, 5)}"),
            "auth": (lambda: f"PA-{_d(rng, 7)}", lambda: _dn(rng, 10), lambda: f"AUTH{_d(rng, 8)}", lambda: f"{_d(rng, 2)}{_letters(rng, 2)}{_d(rng, 6)}", lambda: f"A{year[2:]}{_d(rng, 7)}"),
            "rx": (lambda: _dn(rng, 7), lambda: f"RX{_d(rng, 7)}", lambda: f"{_dn(rng, 7)}-{_d(rng, 2)}", lambda: f"{_dn(rng, 6)}-{_d(rng, 5)}"),
            "ein": (lambda: f"{_dn(rng, 2)}-{_d(rng, 7)}",),
            "dl": (lambda: f"{_letters(rng, 1)}{_d(rng, 7)}", lambda: f"S{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}", lambda: f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}", lambda: f"{_d(rng, 2)}{_d(rng, 6)}", lambda: f"{_letters(rng, 1)}{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 3)}-{_d(rng, 1)}"),
            "passport": (lambda: _dn(rng, 9), lambda: f"{_letters(rng, 1)}{_d(rng, 8)}"),
            "serial": (lambda: f"{_letters(rng, 3)}{_d(rng, 6)}{_letters(rng, 1)}", lambda: f"SN{_d(rng, 4)}-{_d(rng, 4)}", lambda: f"PX{_d(rng, 4)}-{_d(rng, 4)}-A", lambda: f"{_letters(rng, 2)}{_d(rng, 8)}", lambda: _dn(rng, 10)),
            "case": (lambda: f"{year[2:]}-CV-{_d(rng, 5)}", lambda: f"{year}-PR-{_d(rng, 6)}", lambda: f"CV-{year}-{_d(rng, 6)}", lambda: f"{year[2:]}{_letters(rng, 2)}{_d(rng, 5)}", lambda: f"{year[2:]} L {_d(rng, 5)}"),
            "ticket": (lambda: f"INC{_d(rng, 7)}", lambda: f"#{_dn(rng, 6)}", lambda: f"CS-{_d(rng, 8)}", lambda: f"TKT{_d(rng, 6)}", lambda: f"{_dn(rng, 8)}"),
            "badge": (lambda: _dn(rng, 4), lambda: _dn(rng, 5), lambda: f"{_letters(rng, 1)}{_d(rng, 4)}"),
            "incident": (lambda: f"{year[2:]}-{_d(rng, 6)}", lambda: f"{year}-{_d(rng, 8)}", lambda: f"P{year[2:]}{_d(rng, 6)}"),
            "medicaid": (lambda: f"{_letters(rng, 2)}{_d(rng, 5)}{_letters(rng, 1)}", lambda: _dn(rng, 10), lambda: _dn(rng, 12)),
            "ref": (lambda: f"{_letters(rng, 2)}{_d(rng, 8)}", lambda: f"REF#{_d(rng, 9)}", lambda: _dn(rng, 12), lambda: f"{year[2:]}{_d(rng, 3)}-{_d(rng, 6)}"),
            "job": (lambda: _dn(rng, 7), lambda: f"J{_d(rng, 6)}", lambda: f"{_letters(rng, 2)}-{_d(rng, 6)}"),
            "interpid": (lambda: _dn(rng, 5), lambda: f"INT-{_d(rng, 4)}", lambda: _dn(rng, 6)),
            "lic": (lambda: f"{_letters(rng, 1)}{_d(rng, 5)}", lambda: f"MD{_d(rng, 6)}", lambda: f"{_d(rng, 2)}.{_d(rng, 6)}", lambda: f"RPH{_d(rng, 5)}", lambda: f"{_d(rng, 3)}{_d(rng, 4)}"),
            "nhs": (lambda: f"{_dn(rng, 3)} {_d(rng, 3)} {_d(rng, 4)}", lambda: _dn(rng, 10)),
            "aadhaar": (lambda: f"{_dn(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}",),
            "thread": (lambda: _dn(rng, 8), lambda: f"MSG-{_d(rng, 9)}", lambda: f"{_dn(rng, 6)}-{_d(rng, 2)}"),
            "empid": (lambda: _dn(rng, 6), lambda: f"E{_d(rng, 5)}", lambda: f"{_letters(rng, 2)}{_d(rng, 5)}", lambda: _dn(rng, 5)),
            "roi": (lambda: f"ROI-{year}-{_d(rng, 5)}", lambda: _dn(rng, 8), lambda: f"R{_d(rng, 7)}"),
            "invoice": (lambda: f"INV-{_d(rng, 6)}", lambda: _dn(rng, 8), lambda: f"{year}{_d(rng, 5)}"),
            "run": (lambda: f"{year}-{_d(rng, 6)}", lambda: _dn(rng, 7)),
            "bar": (lambda: _dn(rng, 7), lambda: _dn(rng, 6)),
            "notary": (lambda: _dn(rng, 8), lambda: f"{_letters(rng, 1)}{_d(rng, 7)}"),
            "kit": (lambda: f"{_letters(rng, 2)}{_d(rng, 8)}", lambda: f"{_dn(rng, 4)}-{_d(rng, 4)}"),
            "studentid": (lambda: _dn(rng, 7), lambda: f"S{_d(rng, 7)}", lambda: _dn(rng, 9)),
            "plate": (lambda: f"{_letters(rng, 3)}-{_d(rng, 4)}", lambda: f"{rng.randint(1, 9)}{_letters(rng, 3)}{_d(rng, 3)}", lambda: f"{_letters(rng, 3)} {_d(rng, 3)}", lambda: f"{_d(rng, 3)} {_letters(rng, 3)}"),
            "episode": (lambda: f"EP{_d(rng, 8)}", lambda: _dn(rng, 9)),
            "profile": (lambda: _dn(rng, 8), lambda: f"P{_d(rng, 7)}"),
            "repid": (lambda: _dn(rng, 6), lambda: f"{_letters(rng, 2)}{_d(rng, 4)}"),
            "cert": (lambda: _dn(rng, 6), lambda: f"T-{_d(rng, 5)}"),
            "sticker": (lambda: f"{_letters(rng, 1)}{_d(rng, 6)}",),
            # Chinese
            "mzh": (lambda: _d(rng, 10), lambda: f"MZ{_d(rng, 8)}", lambda: _dn(rng, 9)),
            "zyh": (lambda: _dn(rng, 7), lambda: f"ZY{year}{_d(rng, 4)}", lambda: _dn(rng, 8), lambda: f"{year[2:]}{_d(rng, 6)}"),
            "bah": (lambda: _d(rng, 8), lambda: _dn(rng, 7), lambda: f"{_d(rng, 6)}", lambda: f"BA{_d(rng, 8)}", lambda: _dn(rng, 9)),
            "ybk": (lambda: f"{_letters(rng, 1)}{_d(rng, 8)}", lambda: _dn(rng, 12), lambda: f"{_dn(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}", lambda: f"{_dn(rng, 4)}{_d(rng, 6)}"),
            "jzk": (lambda: f"9000{_d(rng, 8)}", lambda: _dn(rng, 12), lambda: f"JZ{_d(rng, 10)}"),
            "cfh": (lambda: f"CF{self.ref:%Y%m%d}{_d(rng, 4)}", lambda: _dn(rng, 12), lambda: f"{self.ref:%Y%m%d}{_d(rng, 6)}"),
            "fph": (lambda: _d(rng, 8), lambda: f"{year[2:]}44{_d(rng, 16)}", lambda: f"No.{_d(rng, 8)}"),
            "fpdm": (lambda: f"1440{_d(rng, 8)}", lambda: f"0{_d(rng, 11)}"),
            "bdh": (lambda: f"P{_d(rng, 15)}", lambda: _dn(rng, 16), lambda: f"{_dn(rng, 6)}{year}{_d(rng, 10)}", lambda: f"ASZ{_d(rng, 14)}"),
            "lpah": (lambda: f"9044{_d(rng, 16)}", lambda: f"LP{year}{_d(rng, 10)}", lambda: f"{_dn(rng, 15)}"),
            "ddh": (lambda: f"{self.ref:%Y%m%d}{_d(rng, 11)}", lambda: f"DD{_d(rng, 16)}", lambda: _dn(rng, 20)),
            "hz": (lambda: f"E{_d(rng, 8)}", lambda: f"E{_letters(rng, 1)}{_d(rng, 7)}", lambda: f"G{_d(rng, 8)}"),
            "gat": (lambda: f"C{_d(rng, 8)}", lambda: f"C{_letters(rng, 1)}{_d(rng, 7)}"),
            "hxz": (lambda: f"H{_d(rng, 8)}", lambda: f"M{_d(rng, 8)}"),
            "twz": (lambda: _d(rng, 8),),
            "hkid": (lambda: f"{_letters(rng, 1)}{_d(rng, 6)}({rng.choice('0123456789A')})",),
            "gh": (lambda: f"GH{_d(rng, rng.randint(4, 6))}", lambda: _dn(rng, 5), lambda: _dn(rng, 6), lambda: f"{_letters(rng, 2)}{_d(rng, 4)}"),
            "xh": (lambda: f"20{_d(rng, 8)}", lambda: f"{year}{_d(rng, 6)}"),
            "cert_cn": (lambda: f"{_letters(rng, 1)}{_d(rng, 9)}",),
            "death": (lambda: f"{_d(rng, 6)}{year}{_d(rng, 5)}",),
            "crem": (lambda: f"HH{year}{_d(rng, 6)}", lambda: _dn(rng, 10)),
            "ymz": (lambda: _dn(rng, 15), lambda: f"{_dn(rng, 6)}{year}{_d(rng, 5)}"),
            "screen": (lambda: f"XS{_d(rng, 8)}", lambda: _dn(rng, 10)),
            "bank": (lambda: f"6222 {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 3)}", lambda: f"6217{_d(rng, 15)}", lambda: f"6228 {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}"),
            "plate_cn": (lambda: f"{rng.choice('粤京沪浙鄂川苏湘鲁豫陕闽')}{rng.choice('ABCDE')}·{_letters(rng, 1)}{_d(rng, 4)}", lambda: f"{rng.choice('粤京沪浙鄂川')}{rng.choice('ABC')}{_d(rng, 2)}{_letters(rng, 1)}{_d(rng, 2)}"),
            "qq": (lambda: _dn(rng, rng.randint(8, 10)),),
            "case_cn": (lambda: f"（{year}）{rng.choice('粤京沪浙鄂川苏湘')}{_d(rng, 4)}民初{_dn(rng, 4)}号", lambda: f"（{year}）{rng.choice('粤京沪浙鄂川')}{_d(rng, 2)}民特{_dn(rng, 3)}号"),
            "ajbh": (lambda: f"A{_d(rng, 12)}{year}{_d(rng, 6)}",),
            "letter": (lambda: f"{rng.choice(('深', '穗', '京', '沪', '杭', '汉', '蓉'))}公（{rng.choice(('南', '福', '天', '朝', '西', '武'))}）调证字〔{year}〕{_d(rng, 4)}号",),
            "jjd": (lambda: f"JJ{year}{_d(rng, 5)}", lambda: _dn(rng, 8)),
            "report": (lambda: f"BG{_d(rng, 10)}", lambda: f"{year}{_d(rng, 8)}", lambda: f"GD{_d(rng, 9)}"),
            "apply": (lambda: f"FY{year}{_d(rng, 5)}", lambda: _dn(rng, 9)),
            "express": (lambda: f"SF{_dn(rng, 13)}", lambda: f"YT{_d(rng, 13)}", lambda: f"JT{_d(rng, 13)}"),
            "marriage": (lambda: f"J{_d(rng, 6)}-{rng.randint(1975, 2022)}-{_d(rng, 6)}",),
            "jch": (lambda: f"JC{_d(rng, 10)}", lambda: _dn(rng, 11)),
            "tjh": (lambda: f"TJ{_d(rng, 10)}", lambda: _dn(rng, 12)),
            "vip": (lambda: _dn(rng, 13), lambda: f"VIP{_d(rng, 9)}"),
            "zyz": (lambda: f"{_d(rng, 4)}{year[2:]}{_d(rng, 8)}",),
            "zs": (lambda: _dn(rng, 12),),
            "jh": (lambda: _dn(rng, 6),),
            "ts": (lambda: f"TS{year}{_d(rng, 5)}", lambda: _dn(rng, 10)),
            "gd": (lambda: f"{year}{_d(rng, 10)}", lambda: f"GD{_d(rng, 12)}"),
            "beian": (lambda: f"BA{_d(rng, 16)}", lambda: _dn(rng, 16)),
            "jkda": (lambda: _dn(rng, 17), lambda: f"DA{_d(rng, 12)}"),
            "zz": (lambda: f"ZZ{year}{_d(rng, 6)}", lambda: _dn(rng, 10)),
            "ybpz": (lambda: _dn(rng, 20), lambda: f"EH{_d(rng, 16)}"),
            "taxno": (lambda: f"914403{_d(rng, 2)}MA5{''.join(rng.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(6))}{_letters(rng, 1)}",),
            "kf": (lambda: f"KF{self.ref:%Y%m%d}{_d(rng, 4)}", lambda: _dn(rng, 12)),
            "ts_cn": (lambda: _dn(rng, 10),),
        }  # fmt: skip
        return rng.choice(choices[kind])()


# ---------------------------------------------------------------------------------------------
# Generic field generators (``entity_field`` keys that are not person fields)
# ---------------------------------------------------------------------------------------------
_Gen = Callable[[_Note, str], str]


def _idf(kind: str) -> _Gen:
    return lambda note, ent: note._memo(ent, "id:" + kind, lambda: note._gen_id(kind))


def _en_date(style: str, family: str = "date") -> _Gen:
    def make(note: _Note, ent: str) -> str:
        day = note._date(ent, family)
        month = _MONTHS[day.month - 1]
        ordinal = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
        return {
            "date": f"{day:%m/%d/%Y}", "dateshort": f"{day.month}/{day.day}/{day:%y}", "datelong": f"{month} {day.day}, {day.year}",
            "datebrit": f"{day.day} {month} {day.year}", "dateiso": day.isoformat(), "datemd": f"{month[:3]} {day.day}",
            "datemdlong": f"{month} {day.day}", "datemy": f"{month} {day.year}", "datedash": f"{day.day:02d}-{month[:3]}-{day.year}",
            "datedot": f"{day.month}.{day.day}.{day:%y}", "dateabbr": f"{month[:3]} {day.day}, {day.year}",
            "datelegal": f"{day.day}{ordinal} day of {month}, {day.year}", "dateus": f"{day.month}/{day.day}/{day.year}",
        }[style]  # fmt: skip

    return make


def _zh_date(style: str, family: str = "date") -> _Gen:
    def make(note: _Note, ent: str) -> str:
        day = note._date(ent, family)
        return {
            "date": f"{day.year}年{day.month}月{day.day}日", "dateiso": day.isoformat(), "dateslash": f"{day.year}/{day.month}/{day.day}",
            "datemd": f"{day.month}月{day.day}日", "datedot": f"{day:%Y.%m.%d}", "datecn": _cn_date_numerals(day), "datems": f"{day.month}/{day.day}",
            "datemy": f"{day.year}年{day.month}月", "dateen": f"{day.day:02d}/{day.month:02d}/{day.year}", "datemdd": f"{day.month}.{day.day}",
        }[style]  # fmt: skip

    return make


def _us_phone_field(style: str, family: str = "us") -> _Gen:
    def make(note: _Note, ent: str) -> str:
        real = note._random_style(ent, family) if style == "any" else style
        return note._us_phone(ent, real, family)

    return make


def _pt_or(style: str) -> _Gen:
    """``phone``: the patient's known format for ``pt``, a per-entity random US format otherwise."""

    def make(note: _Note, ent: str) -> str:
        if ent == "pt":
            return note.pt_fields["phone"]
        return note._us_phone(ent, note._random_style(ent, "us"), "us")

    return make


def _intl_phone(country: str) -> _Gen:
    def make(note: _Note, ent: str) -> str:
        rng = note.rng

        def build() -> str:
            if country == "uk":
                n = f"20 {rng.randint(3, 8)}{_d(rng, 3)} {_d(rng, 4)}"
                return rng.choice((f"+44 {n}", f"0{n}", f"+44 (0){n}"))
            if country == "ukmobile":
                n = f"7{_d(rng, 3)} {_d(rng, 6)}"
                return rng.choice((f"0{n}", f"+44 {n}", f"0{n.replace(' ', '')}"))
            if country == "in":
                n = f"{rng.choice('6789')}{_d(rng, 4)} {_d(rng, 5)}"
                return rng.choice((f"+91 {n}", f"+91-{n.replace(' ', '')}", f"0{n}"))
            if country == "au":
                return rng.choice(
                    (
                        f"+61 2 {_d(rng, 4)} {_d(rng, 4)}",
                        f"(02) {_d(rng, 4)} {_d(rng, 4)}",
                        f"+61 4{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
                    )
                )
            if country == "ng":
                n = f"80{rng.randint(2, 9)} {_d(rng, 3)} {_d(rng, 4)}"
                return rng.choice((f"+234 {n}", f"0{n}"))
            if country == "mx":
                return rng.choice(
                    (
                        f"+52 55 {_d(rng, 4)} {_d(rng, 4)}",
                        f"+52 1 33 {_d(rng, 4)} {_d(rng, 4)}",
                        f"+52 (81) {_d(rng, 4)}-{_d(rng, 4)}",
                    )
                )
            if country == "kr":
                return f"+82 10-{_d(rng, 4)}-{_d(rng, 4)}"
            if country == "vn":
                return f"+84 9{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}"
            if country == "ie":
                return f"+353 8{rng.randint(3, 9)} {_d(rng, 3)} {_d(rng, 4)}"
            if country == "pl":
                return f"+48 {rng.randint(5, 8)}{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}"
            raise KeyError(country)

        return note._memo(ent, "intl:" + country, build)

    return make


def _any_intl(note: _Note, ent: str) -> str:
    country = note._memo(
        ent, "intl:which", lambda: note.rng.choice(("uk", "ukmobile", "in", "au", "ng", "mx", "kr", "vn", "ie", "pl"))
    )
    return _intl_phone(country)(note, ent)


def _tollfree(note: _Note, ent: str) -> str:
    rng = note.rng

    def build() -> str:
        prefix = rng.choice(("800", "888", "877", "866", "855", "844"))
        body = f"{rng.randint(2, 9)}{_d(rng, 2)}"
        tail = _d(rng, 4)
        return rng.choice(
            (
                f"1-{prefix}-{body}-{tail}",
                f"({prefix}) {body}-{tail}",
                f"{prefix}.{body}.{tail}",
                f"1 ({prefix}) {body}-{tail}",
                f"{prefix}-{body}-{tail}",
            )
        )

    return note._memo(ent, "tollfree", build)


def _pager(note: _Note, ent: str) -> str:
    digits = note._phone_digits(ent, "pager")
    return note._fmt_us(digits, note.rng.choice(("dash", "paren", "seven", "plain")))


def _en_ssn(style: str) -> _Gen:
    def make(note: _Note, ent: str) -> str:
        ssn = note._ssn_for(ent)
        last4 = ssn[-4:]
        return {
            "ssn": ssn, "ssnplain": ssn.replace("-", ""), "ssnspace": ssn.replace("-", " "),
            "ssnmask": note._memo(ent, "ssnmask", lambda: note.rng.choice(("xxx-xx-", "XXX-XX-", "***-**-", "###-##-")) + last4),
            "ssnlast4": last4,
        }[style]  # fmt: skip

    return make


def _mbi(note: _Note, ent: str) -> str:
    rng = note.rng
    letters = "ACDEFGHJKMNPQRTUVWXY"
    alnum = letters + "0123456789"

    def build() -> str:
        chars = [
            str(rng.randint(1, 9)), rng.choice(letters), rng.choice(alnum), str(rng.randint(0, 9)), rng.choice(letters),
            rng.choice(alnum), str(rng.randint(0, 9)), rng.choice(letters), rng.choice(letters), str(rng.randint(0, 9)), str(rng.randint(0, 9)),
        ]  # fmt: skip
        raw = "".join(chars)
        return rng.choice((raw, f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"))

    return note._memo(ent, "mbi", build)


def _npi(note: _Note, ent: str) -> str:
    rng = note.rng

    def build() -> str:
        base = rng.choice("12") + _d(rng, 8)
        return base + str(_luhn_digit("80840" + base))

    return note._memo(ent, "npi", build)


def _ip(note: _Note, ent: str) -> str:
    rng = note.rng
    return note._memo(
        ent,
        "ip",
        lambda: (
            f"{rng.choice((73, 98, 174, 24, 67, 108, 71))}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
        ),
    )


def _en_place_field(part: str) -> _Gen:
    def make(note: _Note, ent: str) -> str:
        place = note._place(ent)
        return {
            "street": place.street, "streetcaps": place.street.upper(), "streetname": place.street_name, "city": place.city,
            "citycaps": place.city.upper(), "zip": place.zip, "state": place.state, "zip4": f"{place.zip}-{_d(note.rng, 4)}",
        }[part]  # fmt: skip

    return make


def _county(note: _Note, ent: str) -> str:
    return note._memo(ent, "county", lambda: note.rng.choice(_COUNTIES))


def _foreign_city(note: _Note, ent: str) -> str:
    return note._memo(ent, "foreigncity", lambda: note.rng.choice(_FOREIGN_CITIES))


def _uk(part: str) -> _Gen:
    def make(note: _Note, ent: str) -> str:
        rng = note.rng
        city, area = _UK_CITIES[int(note._memo(ent, "ukcity", lambda: str(rng.randrange(len(_UK_CITIES)))))]
        if part == "city":
            return city
        if part == "postcode":
            return note._memo(ent, "ukpc", lambda: f"{area}{rng.randint(1, 20)} {rng.randint(1, 9)}{_letters(rng, 2)}")
        return note._memo(
            ent,
            "ukstreet",
            lambda: (
                f"{rng.randint(1, 240)} {rng.choice(('Station', 'Church', 'Victoria', 'Mill', 'Queens', 'Kings', 'Albert', 'Grange'))} {rng.choice(('Road', 'Street', 'Lane', 'Avenue', 'Close', 'Crescent'))}"
            ),
        )

    return make


def _lastname(note: _Note) -> str:
    return str(note.fakers.get(note.rng.choice(("en_US", "en_GB", "en_IE")), note.rng).last_name())


def _en_org(kind: str) -> _Gen:
    words = (
        "Riverside",
        "Lakeshore",
        "Mercy",
        "Providence",
        "Good Samaritan",
        "Evergreen",
        "Summit",
        "Valley",
        "Northside",
        "Bayview",
        "Cedar",
        "Pinecrest",
        "Harbor",
        "Unity",
        "Sunrise",
        "Prairie",
        "Blue Ridge",
        "Trinity",
        "Keystone",
        "Heartland",
        "Hope",
        "Grace",
    )
    saints = (
        "Mary's",
        "Joseph's",
        "Luke's",
        "Vincent's",
        "Francis",
        "Anthony's",
        "Jude",
        "Elizabeth's",
        "Catherine's",
        "Agnes",
    )

    def make(note: _Note, ent: str) -> str:
        rng = note.rng
        city = note._place(ent).city

        def build() -> str:
            w = rng.choice(words)
            if kind == "hosp":
                return rng.choice(
                    (
                        f"{city} General Hospital",
                        f"St. {rng.choice(saints)} Medical Center",
                        f"{w} Regional Medical Center",
                        f"{_lastname(note)} Memorial Hospital",
                        f"{w} Hospital",
                        f"{w} Health {city}",
                    )
                )
            if kind == "clinic":
                return rng.choice(
                    (
                        f"{w} Family Medicine",
                        f"{w} Internal Medicine Associates",
                        f"{city} Community Health Center",
                        f"{_lastname(note)} & {_lastname(note)} Pediatrics",
                        f"{w} Primary Care",
                        f"{w} Medical Group",
                    )
                )
            if kind == "pharmacy":
                return rng.choice(
                    (
                        "CVS Pharmacy",
                        "Walgreens",
                        "Rite Aid",
                        "Kroger Pharmacy",
                        "Hy-Vee Pharmacy",
                        "Costco Pharmacy",
                        f"{_lastname(note)} Family Pharmacy",
                        f"{w} Apothecary",
                        "Walmart Pharmacy",
                        "H-E-B Pharmacy",
                    )
                )
            if kind == "insurer":
                return rng.choice(
                    (
                        "Blue Cross Blue Shield of " + rng.choice(("Illinois", "Texas", "Michigan", "Massachusetts")),
                        "Aetna",
                        "UnitedHealthcare",
                        "Cigna",
                        "Humana",
                        "Keystone Mutual Health",
                        "Tri-County Health Plan",
                        "Molina Healthcare",
                        "Ambetter",
                        "Pinnacle Care Insurance",
                        "Kaiser Permanente",
                        "Anthem",
                        "Oscar Health",
                        f"{w} Health Plan",
                    )
                )
            if kind == "employer":
                return rng.choice(
                    (
                        str(note.fakers.get("en_US", rng).company()),
                        "Dollar General",
                        "Tyson Foods",
                        "Home Depot",
                        f"{city} Unified School District",
                        "Ace Hardware",
                        f"{w} Logistics",
                        "Amazon",
                        f"{_lastname(note)} Construction LLC",
                        f"{w} Senior Living",
                    )
                )
            if kind == "daycare":
                return rng.choice(
                    (
                        f"Little {w} Daycare",
                        f"{w} Montessori",
                        f"{w} Early Learning Center",
                        f"KinderCare {city}",
                        f"{_lastname(note)} Family Child Care",
                    )
                )
            if kind == "school":
                return rng.choice(
                    (
                        f"{_lastname(note)} Elementary School",
                        f"{w} Middle School",
                        f"{city} High School",
                        f"Little {w} Daycare",
                        f"{w} Montessori",
                        f"{w} Academy",
                    )
                )
            if kind == "lawfirm":
                fake = note.fakers.get("en_US", rng)
                return rng.choice(
                    (
                        f"{_lastname(note)} & {_lastname(note)}, LLP",
                        f"{_lastname(note)} Law Group",
                        f"Law Offices of {fake.first_name()} {fake.last_name()}",
                        f"{_lastname(note)}, {_lastname(note)} & Associates, P.C.",
                    )
                )
            if kind == "police":
                return rng.choice((f"{city} Police Department", f"{_county(note, ent)} County Sheriff's Office"))
            if kind == "court":
                return rng.choice(
                    (
                        f"Circuit Court of {_county(note, ent)} County",
                        f"{_county(note, ent)} County Probate Court",
                        f"Superior Court of {_county(note, ent)} County",
                        f"District Court of {_county(note, ent)} County",
                    )
                )
            if kind == "homehealth":
                return rng.choice(
                    (
                        f"{w} Home Health",
                        f"Visiting Nurse Association of {city}",
                        f"{w} Home Care Services",
                        "Amedisys Home Health",
                    )
                )
            if kind == "hospice":
                return rng.choice((f"{w} Hospice", f"Hospice of the {w} Valley", f"{w} Hospice & Palliative Care"))
            if kind == "interp":
                return rng.choice(
                    (
                        "LanguageLine Solutions",
                        "CyraCom",
                        f"{w} Interpreting Services",
                        "Propio Language Services",
                        f"{w} Language Access",
                    )
                )
            if kind == "nurseline":
                return rng.choice(
                    (
                        f"{w} Nurse Advice Line",
                        f"{w} After-Hours Triage",
                        "TeamHealth Medical Call Center",
                        f"{w} CareConnect",
                    )
                )
            if kind == "ambulance":
                return rng.choice(
                    (f"{city} Fire Rescue", f"{w} Ambulance Service", "AMR", f"{_county(note, ent)} County EMS")
                )
            if kind == "collections":
                return rng.choice(
                    (
                        f"{_lastname(note)} Collection Services",
                        f"{w} Recovery Group",
                        "Medical Revenue Services",
                        f"{w} Credit Bureau",
                    )
                )
            if kind == "aides":
                return rng.choice((f"{w} Home Care Aides", "Comfort Keepers", "Home Instead", f"{w} Companion Care"))
            if kind == "funeral":
                return f"{_lastname(note)} {rng.choice(('Funeral Home', '& Sons Funeral Home', 'Mortuary', 'Funeral Chapel'))}"
            if kind == "church":
                return rng.choice(
                    (
                        f"St. {rng.choice(saints)} Parish",
                        f"{w} Baptist Church",
                        f"{w} Methodist Church",
                        f"Holy {rng.choice(('Trinity', 'Cross', 'Family'))} Church",
                        f"Our Lady of {rng.choice(('Guadalupe', 'Lourdes', 'Perpetual Help'))} Church",
                    )
                )
            if kind == "lab":
                return rng.choice(
                    (
                        "Quest Diagnostics",
                        "Labcorp",
                        f"{w} Reference Laboratory",
                        "Invitae",
                        "Ambry Genetics",
                        "GeneDx",
                        f"{city} Outpatient Lab",
                    )
                )
            if kind == "mfr":
                return rng.choice(
                    (
                        "Medtronic",
                        "Abbott",
                        "Boston Scientific",
                        "Biotronik",
                        "Philips Respironics",
                        "Dexcom",
                        "Insulet",
                    )
                )
            if kind == "hospuk":
                return rng.choice(
                    (
                        f"{_uk('city')(note, ent)} Royal Infirmary",
                        f"{rng.choice(('Northgate', 'Queen Elizabeth', 'Princess Royal', 'St Helier'))} Hospital",
                    )
                )
            if kind == "gpsurgery":
                return f"{rng.choice(('Elm Tree', 'Church View', 'Riverside', 'Parkside', 'The Grange', 'Oakwood'))} {rng.choice(('Surgery', 'Medical Practice', 'Health Centre'))}"
            if kind == "hospin":
                return rng.choice(
                    (
                        "Sahyadri Hospital",
                        "Ruby Hall Clinic",
                        "Apollo Hospitals",
                        "KIMS Hospital",
                        "Jehangir Hospital",
                        "Lilavati Hospital",
                    )
                )
            if kind == "nursinghome":
                return rng.choice((f"{w} Care Center", f"{w} Manor Nursing & Rehab", f"The Gardens at {w}"))
            raise KeyError(kind)

        return note._memo(ent, "org:" + kind, build)

    return make


def _en_url(kind: str) -> _Gen:
    def make(note: _Note, ent: str) -> str:
        rng = note.rng
        hexs = "".join(rng.choice("0123456789abcdef") for _ in range(10))
        p = note.patient
        slug = f"{_ascii(p.first)}-{_ascii(p.last)}"
        dom = rng.choice(("lakesidehealth", "mercyhs", "valleymed", "summitcare", "evergreenclinic", "prairiehealth"))

        def build() -> str:
            if kind == "zoom":
                return rng.choice(
                    (
                        f"https://{dom}.zoom.us/j/{_dn(rng, 11)}?pwd={hexs}",
                        f"https://doxy.me/dr{_ascii(note.fakers.get('en_US', rng).last_name())}",
                        f"https://vv.{dom}.org/join/{hexs}",
                    )
                )
            if kind == "portal":
                return rng.choice(
                    (
                        f"https://mychart.{dom}.org/MyChart/Messaging?msgid={hexs}",
                        f"https://portal.{dom}.org/appt/{hexs}",
                        f"https://{dom}.followmyhealth.com/{hexs}",
                        f"https://mychart.{dom}.org/MyChart/Scheduling?token={hexs}",
                    )
                )
            if kind == "gofund":
                return rng.choice(
                    (
                        f"https://www.gofundme.com/f/help-{slug}",
                        f"https://www.caringbridge.org/visit/{slug.replace('-', '')}",
                        f"https://www.facebook.com/{slug.replace('-', '.')}",
                    )
                )
            if kind == "short":
                return f"https://bit.ly/{''.join(rng.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(7))}"
            raise KeyError(kind)

        return note._memo(ent, "url:" + kind, build)

    return make


def _org_email(note: _Note, ent: str) -> str:
    rng = note.rng
    return note._memo(
        ent,
        "orgemail",
        lambda: (
            f"{rng.choice(('roi', 'him.requests', 'billing', 'scheduling', 'records', 'appeals', 'nurseline'))}@{rng.choice(('lakesidehealth', 'mercyhs', 'valleymed', 'summitcare', 'evergreenclinic'))}.org"
        ),
    )


def _age_field(low: int, high: int, style: str) -> _Gen:
    def make(note: _Note, ent: str) -> str:
        age = int(note._memo(ent, "age", lambda: str(note.rng.randint(low, high))))
        if style == "words":
            return _en_words(age, note.rng)
        if style == "cn":
            return _cn_number(age)
        return str(age)

    return make


def _en_dob(style: str) -> _Gen:
    return _en_date(style, "dob")


_EN_GENERIC: Final[dict[str, _Gen]] = {
    **{s: _en_date(s) for s in ("date", "dateshort", "datelong", "datebrit", "dateiso", "datemd", "datemdlong", "datemy", "datedash", "datedot", "dateabbr", "datelegal", "dateus")},
    "dob": _en_date("dateiso", "dob"), "dobus": _en_date("date", "dob"), "doblong": _en_date("datelong", "dob"),
    "dobshort": _en_date("dateshort", "dob"), "dobbrit": _en_date("datebrit", "dob"), "dobslash": _en_date("dateus", "dob"),
    "olddate": _en_date("datelong", "old"), "olddatemy": _en_date("datemy", "old"),
    "phone": _pt_or("any"), "phoneany": _us_phone_field("any"), "phoneparen": _us_phone_field("paren"), "phonedash": _us_phone_field("dash"),
    "phonedot": _us_phone_field("dot"), "phoneplain": _us_phone_field("plain"), "phoneintl": _us_phone_field("intl"),
    "phoneintldash": _us_phone_field("intldash"), "phoneone": _us_phone_field("one"), "phoneoneparen": _us_phone_field("oneparen"),
    "phonealt": _us_phone_field("any", "usalt"), "fax": _us_phone_field("any", "fax"), "faxdash": _us_phone_field("dash", "fax"),
    "tollfree": _tollfree, "pager": _pager,
    "ukphone": _intl_phone("uk"), "ukmobile": _intl_phone("ukmobile"), "inphone": _intl_phone("in"), "auphone": _intl_phone("au"),
    "ngphone": _intl_phone("ng"), "mxphone": _intl_phone("mx"), "intlphone": _any_intl,
    **{k: _idf(k) for k in ("mrn", "acct", "enc", "member", "group", "claim", "auth", "rx", "ein", "dl", "passport", "serial", "case", "ticket", "badge", "incident", "medicaid", "ref", "job", "interpid", "lic", "nhs", "aadhaar", "thread", "empid", "roi", "invoice", "run", "bar", "notary", "kit", "studentid", "plate", "episode", "profile", "repid", "cert", "sticker")},
    "subscriber": _idf("member"),
    "ssn": _en_ssn("ssn"), "ssnplain": _en_ssn("ssnplain"), "ssnspace": _en_ssn("ssnspace"), "ssnmask": _en_ssn("ssnmask"), "ssnlast4": _en_ssn("ssnlast4"),
    "mbi": _mbi, "npi": _npi, "ip": _ip,
    **{k: _en_place_field(k) for k in ("street", "streetcaps", "streetname", "city", "citycaps", "zip", "state", "zip4")},
    "county": lambda note, ent: _county(note, ent) + " County", "foreigncity": _foreign_city,
    "ukcity": _uk("city"), "ukpostcode": _uk("postcode"), "ukstreet": _uk("street"),
    "incity": lambda note, ent: note._memo(ent, "incity", lambda: note.rng.choice(_IN_CITIES)),
    **{k: _en_org(k) for k in ("hosp", "clinic", "pharmacy", "insurer", "employer", "school", "daycare", "lawfirm", "police", "court", "homehealth", "hospice", "interp", "nurseline", "ambulance", "collections", "aides", "funeral", "church", "lab", "mfr", "hospuk", "gpsurgery", "hospin", "nursinghome")},
    "courtcaps": lambda note, ent: _en_org("court")(note, ent).upper(), "employercaps": lambda note, ent: _en_org("employer")(note, ent).upper(),
    **{k: _en_url(k) for k in ("zoom", "portal", "gofund", "short")},
    "orgemail": _org_email,
    "age": _age_field(18, 99, "digits"), "adultage": _age_field(21, 45, "digits"), "workage": _age_field(22, 58, "digits"), "oldage": _age_field(84, 104, "digits"), "oldagew": _age_field(84, 104, "words"), "agew": _age_field(40, 99, "words"),
}  # fmt: skip


# -- Chinese generic fields ---------------------------------------------------------------------
def _cn_phone(style: str) -> _Gen:
    def make(note: _Note, ent: str) -> str:
        rng = note.rng
        if style.startswith("mobile"):
            m = note._cn_mobile(ent)
            if style == "mobile":
                return m
            if style == "mobile344":
                return f"{m[:3]}-{m[3:7]}-{m[7:]}"
            if style == "mobilesp":
                return f"{m[:3]} {m[3:7]} {m[7:]}"
            if style == "mobile86":
                return note._memo(
                    ent,
                    "m86",
                    lambda: rng.choice(
                        (f"+86 {m[:3]} {m[3:7]} {m[7:]}", f"+86-{m}", f"+86{m}", f"(+86){m}", f"0086 {m}")
                    ),
                )
            if style == "mobilemask":
                return note._memo(
                    ent,
                    "mmask",
                    lambda: rng.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}****{m[7:]}", f"{m[:3]}*****{m[8:]}")),
                )
            raise KeyError(style)
        if style in ("landline", "landparen", "fax"):
            area = note._place(ent).area_code or "010"
            number = note._memo(
                ent,
                "cnl" if style != "fax" else "cnfax",
                lambda: f"{rng.randint(2, 8)}{_d(rng, 7 if len(area) == 3 else rng.choice((7, 7, 6)))}",
            )
            if style == "landparen":
                return rng.choice((f"({area}){number}", f"（{area}）{number}", f"({area}) {number}"))
            return note._memo(
                ent,
                f"cnlfmt:{style}",
                lambda: rng.choice(
                    (f"{area}-{number}", f"{area}-{number[:4]} {number[4:]}", f"{area} {number}", f"{area}{number}")
                ),
            )
        if style == "service":
            return note._memo(
                ent,
                "svc",
                lambda: rng.choice(
                    (
                        f"400-{_d(rng, 3)}-{_d(rng, 4)}",
                        f"400{_d(rng, 7)}",
                        f"400 {_d(rng, 3)} {_d(rng, 4)}",
                        f"800-{_d(rng, 3)}-{_d(rng, 4)}",
                    )
                ),
            )
        if style == "service95":
            return note._memo(
                ent, "svc95", lambda: rng.choice(("95519", "95511", "95522", "95500", "95589", "95567", "95535"))
            )
        if style in ("hkphone", "hkfax"):
            return note._memo(
                ent,
                style,
                lambda: rng.choice(
                    (
                        f"+852 {rng.choice('569')}{_d(rng, 3)} {_d(rng, 4)}",
                        f"{rng.choice('569')}{_d(rng, 3)} {_d(rng, 4)}",
                        f"(852) 2{_d(rng, 3)} {_d(rng, 4)}",
                        f"+852-2{_d(rng, 7)}",
                    )
                ),
            )
        if style == "twphone":
            return note._memo(
                ent,
                style,
                lambda: rng.choice(
                    (
                        f"+886 9{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
                        f"09{_d(rng, 2)}-{_d(rng, 3)}-{_d(rng, 3)}",
                        f"(02){_d(rng, 4)}-{_d(rng, 4)}",
                        f"+886-2-{_d(rng, 4)}-{_d(rng, 4)}",
                    )
                ),
            )
        raise KeyError(style)

    return make


def _cn_rid(style: str) -> _Gen:
    def make(note: _Note, ent: str) -> str:
        rng = note.rng
        rid = note._memo(ent, "rid", lambda: note._rid_for(ent, note._date(ent, "dob")))
        if style == "rid":
            return rid
        if style == "ridsp":
            return rng.choice((f"{rid[:6]} {rid[6:14]} {rid[14:]}", f"{rid[:6]} {rid[6:10]} {rid[10:14]} {rid[14:]}"))
        return note._memo(
            ent,
            "ridmask",
            lambda: rng.choice(
                (
                    f"{rid[:4]}{'*' * 10}{rid[-4:]}",
                    f"{rid[:6]}********{rid[-4:]}",
                    f"{rid[:3]}***********{rid[-4:]}",
                    f"{rid[:6]}{'*' * 11}{rid[-1]}",
                    f"{rid[:1]}****************{rid[-1]}",
                )
            ),
        )

    return make


def _cn_place_field(part: str) -> _Gen:
    def make(note: _Note, ent: str) -> str:
        place = note._place(ent)
        if part == "province":
            return place.province or place.city
        return {"street": place.street, "city": place.city, "district": place.district}[part]

    return make


def _cn_short_city(note: _Note, ent: str) -> str:
    return note._place(ent).city.removesuffix("市")


def _zh_org(kind: str) -> _Gen:
    def make(note: _Note, ent: str) -> str:
        rng = note.rng
        place = note._place(ent)
        city = _cn_short_city(note, ent)
        district = place.district
        jd = rng.choice(_CN_JIEDAO)
        w = rng.choice(_CN_WORDS)

        def build() -> str:
            if kind == "hosp":
                return rng.choice((
                    f"{city}市第{_cn_number(rng.randint(1, 9))}人民医院", f"{city}市中心医院", f"{city}市中医院", f"{(place.province or city + '市').removesuffix('省').removesuffix('壮族自治区')}省人民医院" if place.province else f"{city}市人民医院",
                    f"{rng.choice(('中山', '华中科技', '四川', '浙江', '复旦', '南京医科', '山东', '郑州', '西安交通', '中南'))}大学附属第{_cn_number(rng.randint(1, 3))}医院", f"{city}{district}人民医院", f"{city}市{w}医院",
                ))  # fmt: skip
            if kind == "chc":
                return f"{district}{jd}街道社区卫生服务中心"
            if kind == "fy":
                return f"{city}市妇幼保健院"
            if kind == "insurer":
                return rng.choice(
                    (
                        "中国人寿保险股份有限公司",
                        "中国平安人寿保险股份有限公司",
                        "泰康人寿保险有限责任公司",
                        "中国太平洋人寿保险股份有限公司",
                        "新华人寿保险股份有限公司",
                        "众安在线财产保险股份有限公司",
                        "平安健康保险股份有限公司",
                        "中国人民健康保险股份有限公司",
                        "阳光人寿保险股份有限公司",
                        "太平人寿保险有限公司",
                    )
                )
            if kind == "company":
                return rng.choice(
                    (
                        f"{city}{note.fakers.get('zh_CN', rng).company()}",
                        str(note.fakers.get("zh_CN", rng).company()),
                        f"{city}市{w}物流有限公司",
                        f"{city}{w}建设集团有限公司",
                    )
                )
            if kind == "school":
                return rng.choice(
                    (
                        f"{city}市{district}实验小学",
                        f"{city}市第{_cn_number(rng.randint(1, 40))}中学",
                        f"{district}{w}小学",
                        f"{city}外国语学校",
                    )
                )
            if kind == "kindergarten":
                return rng.choice(
                    (f"{district}{w}幼儿园", f"{w}托育中心", f"{city}市机关第{_cn_number(rng.randint(1, 5))}幼儿园")
                )
            if kind == "police":
                return rng.choice(
                    (
                        f"{city}市公安局{district}分局",
                        f"{city}市公安局{district}分局{jd}派出所",
                        f"{district}公安分局刑事侦查大队",
                    )
                )
            if kind == "court":
                return rng.choice((f"{city}市{district}人民法院", f"{city}市中级人民法院"))
            if kind == "pharmacy":
                return rng.choice(("老百姓大药房", "益丰大药房", "大参林", "一心堂", "海王星辰")) + rng.choice(
                    (f"（{jd}店）", f"{jd}店", "")
                )
            if kind == "platform":
                return rng.choice(
                    (
                        "微医互联网医院",
                        "好大夫在线",
                        "京东健康互联网医院",
                        "平安好医生",
                        "春雨医生",
                        f"{city}市{w}互联网医院",
                    )
                )
            if kind == "ybj":
                return rng.choice((f"{city}市医疗保障局", f"{city}市{district}医疗保障局", f"{city}市医疗保险经办中心"))
            if kind == "jwh":
                return rng.choice((f"{jd}街道{w}社区居委会", f"{w}村村民委员会", f"{jd}社区居委会"))
            if kind == "nursing":
                return rng.choice(
                    (f"{city}市{w}养老院", f"{w}康养中心", f"{city}市第{_cn_number(rng.randint(1, 3))}社会福利院")
                )
            if kind == "funeral":
                return rng.choice((f"{city}市殡仪馆", f"{w}殡仪服务中心"))
            if kind == "lab":
                return rng.choice(
                    (
                        "金域医学检验实验室",
                        "迪安诊断",
                        "华大基因",
                        "贝瑞和康",
                        "艾迪康医学检验实验室",
                        f"{city}{w}医学检验实验室",
                    )
                )
            if kind == "bank":
                return rng.choice(
                    (
                        f"中国工商银行{city}{jd}支行",
                        f"中国建设银行{city}分行",
                        "招商银行",
                        f"中国农业银行{district}支行",
                        f"{city}农村商业银行",
                    )
                )
            if kind == "hkhosp":
                return rng.choice(
                    ("瑪麗醫院", "伊利沙伯醫院", "威爾斯親王醫院", "養和醫院", "屯門醫院", "東區尤德夫人那打素醫院")
                )
            if kind == "wjw":
                return f"{city}市卫生健康委员会"
            raise KeyError(kind)

        return note._memo(ent, "org:" + kind, build)

    return make


def _zh_url(kind: str) -> _Gen:
    def make(note: _Note, ent: str) -> str:
        rng = note.rng
        token = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))

        def build() -> str:
            if kind == "short":
                return rng.choice(
                    (
                        f"https://t.cn/{token}",
                        f"https://dwz.cn/{token[:6]}",
                        f"http://u.{rng.choice(('szhospital', 'whyy', 'bjrmyy'))}.cn/{token[:6]}",
                    )
                )
            if kind == "video":
                return rng.choice(
                    (
                        f"https://meeting.tencent.com/dm/{token}",
                        f"https://ih.{rng.choice(('szhospital', 'whyy', 'cdfy'))}.com/video/room/{_d(rng, 9)}",
                    )
                )
            if kind == "portal":
                return f"https://m.{rng.choice(('szhospital', 'whyy', 'cdfy', 'xmzsh'))}.cn/follow/{token.lower()}"
            raise KeyError(kind)

        return note._memo(ent, "url:" + kind, build)

    return make


def _zh_place_extra(kind: str) -> _Gen:
    def make(note: _Note, ent: str) -> str:
        rng = note.rng
        if kind == "twcity":
            return note._memo(ent, "twcity", lambda: rng.choice(_TW_CITIES))
        if kind == "twstreet":
            return note._memo(
                ent, "twstreet", lambda: f"{rng.choice(_TW_STREETS)}{rng.randint(1, 300)}號{rng.randint(2, 15)}樓"
            )
        if kind == "hkaddr":
            return note._memo(
                ent,
                "hkaddr",
                lambda: (
                    f"{rng.choice(_HK_ADDRESSES)}{rng.randint(1, 40)}座{rng.randint(2, 30)}樓{rng.choice('ABCDEFGH')}室"
                ),
            )
        if kind == "town":
            return note._memo(ent, "town", lambda: f"{rng.choice(_CN_TOWNS)}镇")
        raise KeyError(kind)

    return make


def _zh_dob(style: str) -> _Gen:
    def make(note: _Note, ent: str) -> str:
        day = note._date(ent, "dob")
        return {
            "dob": day.isoformat(),
            "dobcn": f"{day.year}年{day.month}月{day.day}日",
            "dobdot": f"{day:%Y.%m.%d}",
            "dobslash": f"{day.year}/{day.month}/{day.day}",
            "dobcnnum": _cn_date_numerals(day),
            "dobcompact": f"{day:%Y%m%d}",
        }[style]

    return make


def _banktail(note: _Note, ent: str) -> str:
    return note._memo(ent, "banktail", lambda: _d(note.rng, 4))


_ZH_GENERIC: Final[dict[str, _Gen]] = {
    **{s: _zh_date(s) for s in ("date", "dateiso", "dateslash", "datemd", "datedot", "datecn", "datems", "datemy", "dateen", "datemdd")},
    **{s: _zh_dob(s) for s in ("dob", "dobcn", "dobdot", "dobslash", "dobcnnum", "dobcompact")},
    **{s: _cn_phone(s) for s in ("mobile", "mobile344", "mobilesp", "mobile86", "mobilemask", "landline", "landparen", "fax", "service", "service95", "hkphone", "hkfax", "twphone")},
    "phone": lambda note, ent: note.pt_fields["phone"] if ent == "pt" else _cn_phone("mobile")(note, ent),
    "phone344": _cn_phone("mobile344"), "phonesp": _cn_phone("mobilesp"), "phone86": _cn_phone("mobile86"), "phonemask": _cn_phone("mobilemask"),
    "rid": _cn_rid("rid"), "ridsp": _cn_rid("ridsp"), "ridmask": _cn_rid("ridmask"),
    **{k: _idf(k) for k in ("mzh", "zyh", "bah", "ybk", "jzk", "cfh", "fph", "fpdm", "bdh", "lpah", "ddh", "hz", "gat", "hxz", "twz", "hkid", "gh", "xh", "death", "crem", "ymz", "screen", "bank", "qq", "ajbh", "letter", "jjd", "report", "apply", "express", "marriage", "jch", "tjh", "vip", "zyz", "zs", "jh", "ts", "gd", "beian", "jkda", "zz", "ybpz", "taxno", "kf")},
    "cert": _idf("cert_cn"), "plate": _idf("plate_cn"), "case": _idf("case_cn"), "banktail": _banktail,
    **{k: _cn_place_field(k) for k in ("street", "city", "province", "district")},
    **{k: _zh_place_extra(k) for k in ("twcity", "twstreet", "hkaddr", "town")},
    **{k: _zh_org(k) for k in ("hosp", "chc", "fy", "insurer", "company", "school", "kindergarten", "police", "court", "pharmacy", "platform", "ybj", "jwh", "nursing", "funeral", "lab", "bank", "hkhosp", "wjw")},
    **{k: _zh_url(k) for k in ("short", "video", "portal")},
    "orgemail": lambda note, ent: note._memo(ent, "orgemail", lambda: f"{note.rng.choice(('hr', 'tijian', 'bingan', 'kefu', 'yiwuke'))}@{note.rng.choice(('szhospital', 'whyy', 'cdfy', 'xmzsh', 'hzjkgl'))}.{note.rng.choice(('cn', 'com.cn', 'com'))}"),
    "age": _age_field(18, 99, "digits"), "adultage": _age_field(21, 45, "digits"), "workage": _age_field(22, 58, "digits"), "agecn": _age_field(18, 99, "cn"), "oldage": _age_field(84, 104, "digits"), "oldagecn": _age_field(84, 104, "cn"),
}  # fmt: skip


# -- filler (not PHI) ---------------------------------------------------------------------------
def _filler_value(note: _Note, name: str) -> str:
    rng = note.rng
    zh = note.language == "zh"
    table: dict[str, Callable[[], str]] = {
        "bp": lambda: f"{rng.randint(104, 178)}/{rng.randint(58, 102)}",
        "hr": lambda: str(rng.randint(52, 118)),
        "temp": lambda: f"{rng.uniform(36.2, 38.9):.1f}" if zh else f"{rng.uniform(97.0, 101.8):.1f}F",
        "spo2": lambda: str(rng.randint(88, 99)),
        "wt": lambda: f"{rng.uniform(42, 118):.1f} kg" if zh else f"{rng.randint(96, 260)} lb",
        "ext": lambda: str(rng.randint(1000, 7999)),
        "amt": lambda: f"${rng.randint(80, 9800):,}.{rng.randint(0, 99):02d}",
        "ndc": lambda: f"{_d(rng, 5)}-{_d(rng, 4)}-{_d(rng, 2)}",
        "year": lambda: str(rng.randint(1998, 2022)),
        "room": lambda: f"{rng.randint(2, 9)}{rng.choice('ABCDEW')}-{rng.randint(1, 40)}",
        "pin": lambda: _d(rng, 6),
        "grade": lambda: rng.choice(("2", "3", "4", "5", "6", "K", "1")),
        "store": lambda: _d(rng, 5),
        "code": lambda: _d(rng, 6),
        "age": lambda: str(rng.randint(22, 58)),
        "momage": lambda: str(rng.randint(21, 42)),
        "dadage": lambda: str(rng.randint(23, 48)),
        "num": lambda: str(rng.randint(2, 40)),
        "a1c": lambda: f"{rng.uniform(5.6, 11.8):.1f}",
        "glucose": lambda: f"{rng.uniform(4.8, 14.6):.1f}" if zh else str(rng.randint(88, 310)),
        "inr": lambda: f"{rng.uniform(1.1, 4.6):.1f}",
        "lang": lambda: rng.choice(("Spanish", "Vietnamese", "Korean", "Arabic", "Polish", "Yoruba", "Haitian Creole", "Tagalog", "Mandarin", "Cantonese", "Somali", "Russian")),
    }  # fmt: skip
    if name not in table:
        name = re.sub(r"\d+$", "", name)
    return table[name]()


# ---------------------------------------------------------------------------------------------
# English templates. Prefix = age band of the patient: adult, geri (older), work (working age), peds (school age), child (3-6).
# ---------------------------------------------------------------------------------------------
EN_BLIND6_TEMPLATES: dict[str, str] = {
    "adult_portal_thread": """Patient Portal | Message thread <<ID:x1_thread>>
Subject: refill + ankle swelling??
Patient: <<PERSON:pt_capslast>>, <<PERSON:pt_capsfirst>>   MRN: <<ID:pt_mrn>>   DOB: <<DATE:pt_dobus>>

[<<DATE:d1_datedash>> 23:41] <<PERSON:pt_lcfull>>:
hi its <<PERSON:pt_lcnick>> again sorry to bug u. ankles still puffy since the amlodipine went up to 10mg, is that normal?? also <<ORG:c1_pharmacy>> on <<ADDRESS:c1_streetname>> says they never got the metformin 500 bid refill. my husband <<PERSON:r1m_lc>> can pick it up tmrw after his shift at <<ORG:e1_employer>>. call me at <<PHONE:pt_phoneplain>> after 3, or my daughter <<PERSON:r2f_fam>> at <<PHONE:r2f_phonedot>> if i dont pick up
thx -<<PERSON:pt_lcnick>>

[<<DATE:d2_datedash>> 08:05] <<PERSON:s1_full>>, RN:
Hi <<PERSON:pt_nick>>, ankle swelling is a common side effect of amlodipine 10 mg. Dr. <<PERSON:s2_last>> would like a BP check this week (last clinic reading {bp}, HR {hr}). I re-sent metformin 500 mg BID as Rx <<ID:x2_rx>> and left a voicemail for your daughter. If the swelling is only in one leg, or you get short of breath, call the after-hours nurse line <<PHONE:x3_tollfree>> or go to the ED.
<<PERSON:s1_first>>

[<<DATE:d3_datedash>> 19:12] <<PERSON:pt_lcfull>>:
ok thank u <<PERSON:s1_lc>>!! bp at home 138/84 and 141/90 this wk. can <<PERSON:r1m_lc>> come in w me thurs, he has the car. oh and <<PERSON:w1f_first>> from church says hi lol she used to work w dr <<PERSON:s2_lclast>>""",
    "adult_secure_email": """From: "<<PERSON:pt_last>>, <<PERSON:pt_first>>" <<<EMAIL:pt_email>>>
To: <<EMAIL:s1_email>>
Cc: <<EMAIL:r1f_email>>
Date: <<DATE:d3_datebrit>> 07:14:52 -0500
Subject: RE: [SECURE] A1c result / FMLA paperwork

Dr. <<PERSON:s1_last>>,

Following up on my A1c from <<DATE:d1_datemd>> (it came back {a1c}%, it was 7.4% in {year}). I'm also attaching the FMLA certification from <<ORG:e1_employer>>; the HR contact is <<PERSON:o1_full>>, <<PHONE:o1_phoneparen>>, fax <<PHONE:o1_fax>>. They need section III back by <<DATE:d4_datelong>>. My employee ID there is <<ID:x1_empid>> if that helps.

My sister <<PERSON:r1f_fam>> (cc'd) is my emergency contact while I'm in <<LOCATION:x2_foreigncity>> for our dad's funeral, her cell is <<PHONE:r1f_phonedash>>.

Thanks,
<<PERSON:pt_nick>>
--
<<PERSON:pt_full>>
<<ADDRESS:pt_street>>
<<LOCATION:pt_city>>, {pt_state} <<ADDRESS:pt_zip>>
cell <<PHONE:pt_phone>>

-----Original Message-----
From: <<PERSON:s1_full>>, MD <<<EMAIL:s1_email>>>
Sent: <<DATE:d2_datelong>> 4:55 PM
To: <<EMAIL:pt_email>>
Hi <<PERSON:pt_first>> - your A1c came back at {a1c}%. Let's increase metformin XR to 1000 mg daily and recheck in 3 months. <<PERSON:s3_full>> from our diabetes education team will call you from <<PHONE:s3_phonedash>>.
<<PERSON:s1_full>>, MD | <<ORG:c1_clinic>> | <<ADDRESS:c1_street>>, <<LOCATION:c1_city>> | Main <<PHONE:c1_phonedash>> | Fax <<PHONE:c1_fax>>
CONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If you received it in error, notify the sender and delete it.""",
    "adult_telehealth_transcript": """TELEHEALTH VISIT - AUTO TRANSCRIPT (edited by clinician)
Link: <<URL:x1_zoom>>
Visit date: <<DATE:d1_date>>  Start 14:02  End 14:31
Patient: <<PERSON:pt_full>> (<<ID:pt_mrn>>), located at home in <<LOCATION:pt_city>>, {pt_state}
Clinician: <<PERSON:s1_full>>, NP   Others present: <<PERSON:r1m_fam>> (son), on speaker

NP <<PERSON:s1_last>>: Can you confirm your full name and date of birth for me?
Patient: Yeah, it's <<PERSON:pt_fullmid>>, <<DATE:pt_doblong>>.
NP: And a good phone number in case we get cut off?
Patient: <<PHONE:pt_phonedash>>. Or my son's, <<PERSON:r1m_first>>'s, that's <<PHONE:r1m_phoneintl>>.
Son: I'm in <<LOCATION:x2_foreigncity>> this month, so use the other one, <<PHONE:r1m_intlphone>>.
NP: Got it. So what is the home cuff showing?
Patient: This morning 152 over 91, last night 148/88. I take the lisinopril 20 at 8 and the HCTZ 12.5.
NP: Any headaches, vision changes, chest pain?
Patient: No. <<PERSON:o1f_first>> next door checks on me, she's a retired nurse, she told me to call.
NP: Good. I'll increase lisinopril to 40 mg daily, labs (BMP) at <<ORG:c1_lab>> on <<ADDRESS:c1_street>> within a week, and a video follow-up on <<DATE:d2_datemd>>. Dr. <<PERSON:s2_full>> is covering <<DATE:d3_datemd>> to <<DATE:d4_datemd>>.
[Connection dropped 14:19; NP called back at <<PHONE:pt_phonedash>>]
Billing: CPT 99214-95, ICD-10 I10, Z79.899. Telehealth consent documented. Encounter <<ID:x3_enc>>.""",
    "geri_phone_triage": """AFTER-HOURS TELEPHONE TRIAGE - <<ORG:c1_nurseline>>
Call ID <<ID:x1_ticket>>   Received <<DATE:d1_dateshort>> 02:47   Line: <<PHONE:x2_tollfree>>
Caller: <<PERSON:r1f_full>> (states she is pt's daughter-in-law)   Callback: <<PHONE:r1f_phone>>
Patient: <<PERSON:pt_caps>>   DOB <<DATE:pt_dobus>>   Age <<AGE:pt_age>>
PCP on file: <<PERSON:s1_init>>, MD - <<ORG:c2_clinic>>

Caller: "She's <<AGE:pt_agew>> and she fell getting up to the bathroom. She's not hurt bad but she's confused, keeps asking for <<PERSON:r2f_first>>, that was her sister, passed in {year}."
Protocol: Falls / Confusion, adult. Red flags: on anticoagulant (apixaban 2.5 mg BID), new confusion. Disposition: ED now.
Caller declined 911; will drive her to <<ORG:c3_hosp>>. Advised to bring med list (donepezil 10 mg qhs, apixaban, metoprolol 25 mg).
Nurse: <<PERSON:s2_full>>, RN   Employee #<<ID:x3_empid>>
Warm transfer to on-call Dr. <<PERSON:s3_last>> (pager <<PHONE:s3_pager>>) at 03:02.
Follow-up call 04:15 to <<PHONE:r1f_phone>>: no answer; voicemail left. Second number on file <<PHONE:pt_phone>> rang out. Grandson <<PERSON:r3m_fam>> called back from <<PHONE:r3m_phoneany>> at 04:40: pt in ED bay 12, CT head ordered.""",
    "adult_callcentre_log": """CONTACT CENTER LOG - Scheduling & Billing queue - <<DATE:d2_datelong>>
Agent: <<PERSON:s1_caps>> (ID <<ID:s1_empid>>)   Team lead: <<PERSON:s2_full>>

Time  | Caller | Callback | Acct / Ref | Notes
08:02 | <<PERSON:o1_full>> | <<PHONE:o1_phonedot>> | <<ID:x1_acct>> | resched colonoscopy, prep question (Miralax 238 g in 64 oz), sent to GI pool
08:19 | <<PERSON:pt_full>> (self) | <<PHONE:pt_phone>> | <<ID:pt_mrn>> | wants itemized bill for DOS <<DATE:d1_date>>; ticket <<ID:x2_ticket>>
08:33 | <<PERSON:o2f_lcfull>> | <<PHONE:o2f_phoneplain>> | <<ID:x3_acct>> | mom calling about <<PERSON:o3_first>> (minor), immunization record for camp
08:51 | <<PERSON:w1_full>> | <<PHONE:w1_intlphone>> | -- | wrong number, looking for <<ORG:c1_employer>>
09:10 | <<PERSON:pt_last>>, <<PERSON:pt_first>> (2nd call) | same | <<ID:x4_claim>> | says claim denied as duplicate; escalated to <<PERSON:s3_full>>
09:26 | <<PERSON:o4_caps>> | <<PHONE:o4_phoneparen>> | <<ID:x5_acct>> | payment plan, $50/mo x 12, confirmation <<ID:x6_ref>>
09:40 | Hope (no last name given) | <<PHONE:o5_phonedash>> | -- | asked if Dr. <<PERSON:s4_last>> still takes new pts; yes, 6-8 wk wait
Wrap-up: 7 calls, AHT 6:12. Escalation e-mailed to <<EMAIL:s3_email>>.""",
    "adult_recall_letter": """<<ORG:c1_clinic>>
<<ADDRESS:c1_street>> | <<LOCATION:c1_city>>, {c1_state} <<ADDRESS:c1_zip>> | Tel <<PHONE:c1_phoneparen>> | Fax <<PHONE:c1_fax>>

<<DATE:d2_datelong>>

<<PERSON:pt_caps>>
<<ADDRESS:pt_streetcaps>>
<<LOCATION:pt_citycaps>> {pt_state} <<ADDRESS:pt_zip>>

RE: Overdue preventive care - account <<ID:x1_acct>>

Dear {pt_hon} <<PERSON:pt_last>>,

Our records show that you are due for your diabetic eye exam, a urine microalbumin test and colorectal cancer screening. Your last visit with Dr. <<PERSON:s1_full>> was on <<DATE:d1_datelong>>. Please call <<PHONE:c1_phoneparen>> or book online at <<URL:x2_portal>>.
If you have moved or changed insurance, please let us know. If you had these done elsewhere (for example at <<ORG:c2_hosp>>), ask them to fax the results to <<PHONE:c1_fax>>, attention <<PERSON:s2_full>>.

Sincerely,
<<PERSON:s3_full>>, Practice Manager

This is your 2nd notice. Reference <<ID:x3_ref>>. Se habla espanol: <<PHONE:c1_phonedash>> opcion 2.""",
    "adult_roi_request": """AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
Request # <<ID:x1_roi>>   Received <<DATE:d4_date>>   Logged by <<PERSON:s1_initials>>

1. Patient name: <<PERSON:pt_full>>   Other names used: <<PERSON:pt_alias>>
   DOB: <<DATE:pt_dob>>   SSN (last 4): <<ID:pt_ssnlast4>>   MRN: <<ID:pt_mrn>>
   Address: <<ADDRESS:pt_street>>, <<LOCATION:pt_city>>, {pt_state} <<ADDRESS:pt_zip>>   Phone: <<PHONE:pt_phone>>   Email: <<EMAIL:pt_email>>
2. Release FROM: <<ORG:c1_hosp>>, Health Information Management, fax <<PHONE:c1_fax>>
3. Release TO: <<ORG:c2_lawfirm>>, attn <<PERSON:o1_full>>, Esq., <<ADDRESS:c2_street>>, <<LOCATION:c2_city>>; ph <<PHONE:c2_phonedash>>; <<EMAIL:o1_email>>
   Their file ref: <<ID:x2_ref>>
4. Information: [ ] entire record [x] dates of service <<DATE:d2_date>> to <<DATE:d3_date>> [x] imaging [x] billing [ ] psychotherapy notes [ ] HIV/STI [ ] SUD (42 CFR Part 2)
5. Purpose: personal injury claim (MVA <<DATE:d1_datelong>>), insurer <<ORG:c3_insurer>> claim <<ID:x3_claim>>
6. Expires: <<DATE:d5_date>> or one year from signature.
Signature: /s/ <<PERSON:pt_full>>   Date: <<DATE:d4_date>>
If signed by personal representative: <<PERSON:r1_fam>>, relationship: spouse
Witness: <<PERSON:s2_full>>, HIM Specialist
Processing: fee $25.00 + $0.50/page (pages 1-50); 184 pages; invoice <<ID:x4_invoice>>; ID verified with driver license <<ID:pt_dl>> ({pt_state}).""",
    "adult_subpoena": """<<ORG:x1_courtcaps>>
<<PERSON:o1_caps>>, Plaintiff,
v.                                   Case No. <<ID:x2_case>>
<<ORG:c1_employercaps>> and <<PERSON:o2_caps>>, Defendants.

SUBPOENA DUCES TECUM FOR MEDICAL RECORDS
TO: Custodian of Records, <<ORG:c2_hosp>>, <<ADDRESS:c2_street>>, <<LOCATION:c2_city>>

YOU ARE COMMANDED to produce on or before <<DATE:d5_datelong>> at 10:00 a.m. all medical and billing records of <<PERSON:pt_full>> (DOB <<DATE:pt_dobus>>; SSN <<ID:pt_ssn>>) for the period <<DATE:d1_datemy>> through present, including radiology images, ED triage notes and ambulance run sheets (<<ORG:c3_ambulance>> run #<<ID:x3_run>>).
Issued at the request of: <<PERSON:o3_full>>, Attorney for Plaintiff, Bar No. <<ID:x4_bar>>, <<ORG:c4_lawfirm>>, <<PHONE:c4_phoneparen>>, <<EMAIL:o3_email>>
Dated: <<DATE:d2_date>>        Clerk of Court: <<PERSON:o4_init>>
HIPAA: satisfactory assurance attached (notice to patient mailed <<DATE:d3_date>> to <<ADDRESS:pt_street>>).

--- HIM routing ---
Received <<DATE:d4_dateshort>> by <<PERSON:s1_lcinitials>>; forwarded to Risk Management (<<PERSON:s2_full>>, x{ext}); patient notified by phone <<PHONE:pt_phone>> (LM). Note: pt was a passenger in plaintiff <<PERSON:o1_last>>'s vehicle; records limited to 2 dates of service.""",
    "adult_billing_dispute": """<<PERSON:pt_full>>
<<ADDRESS:pt_street>>
<<LOCATION:pt_city>>, {pt_state} <<ADDRESS:pt_zip>>
<<DATE:d4_datelong>>

<<ORG:c1_hosp>> Patient Financial Services
Attn: Billing Disputes / <<PERSON:s1_full>>

Re: Guarantor acct <<ID:x1_acct>>, statement dated <<DATE:d3_date>>, balance {amt}

To whom it may concern,
I am writing for the THIRD time about the charge for my ER visit on <<DATE:d1_datelong>>. My insurance <<ORG:c2_insurer>> (member ID <<ID:pt_member>>, group <<ID:x2_group>>) paid the claim (claim # <<ID:x3_claim>>) on <<DATE:d2_date>> per the EOB I attached. Your rep <<PERSON:s2_first>> told me on the phone (ref <<ID:x4_ref>>) that this was fixed. It was not, and now I have a letter from <<ORG:c3_collections>> at <<PHONE:c3_tollfree>>.
The subscriber is my husband, <<PERSON:r1m_fam>>, subscriber ID <<ID:r1m_subscriber>>, DOB <<DATE:r1m_dobus>>. His SSN ends in <<ID:r1m_ssnlast4>>.
Please call me at <<PHONE:pt_phonedot>> (not the home number, which is disconnected) or e-mail <<EMAIL:pt_email>>. If this is not resolved in 30 days I will file a complaint with the state insurance commissioner.
Sincerely,
<<PERSON:pt_first>> <<PERSON:pt_last>>
encl: EOB p.1-3, collections letter""",
    "adult_prior_auth_appeal": """LEVEL 1 APPEAL - ADVERSE DETERMINATION
To: <<ORG:c1_insurer>>, Utilization Management Appeals, fax <<PHONE:c1_fax>>
From: <<PERSON:s1_full>>, MD, <<ORG:c2_clinic>> | NPI <<ID:s1_npi>> | Group NPI <<ID:x1_npi>> | TIN <<ID:x2_ein>>
Date: <<DATE:d4_date>>
Member: <<PERSON:pt_full>> | Member ID: <<ID:pt_member>> | Group: <<ID:x3_group>> | DOB: <<DATE:pt_dobus>>
Denial ref: <<ID:x4_auth>> (dated <<DATE:d3_date>>; reviewer <<PERSON:o1_full>>, MD)
Requested: adalimumab 40 mg SC q2wk (HCPCS J0135), NDC {ndc}, qty 2 pens / 28 days

Dear Medical Director,
My patient is a <<AGE:pt_age>>-year-old with seropositive rheumatoid arthritis (M05.79) who has failed methotrexate 20 mg weekly for 6 months and hydroxychloroquine 400 mg daily, with DAS28-CRP 5.4 on <<DATE:d2_datemd>>. QuantiFERON negative <<DATE:d1_dateshort>>; HBsAg negative. The denial states "step therapy not met"; this is incorrect - see fill history from <<ORG:c3_pharmacy>> (Rx <<ID:x5_rx>>, <<ID:x6_rx>>).
Peer-to-peer requested; please contact my nurse <<PERSON:s2_full>> at <<PHONE:s2_phone>> ext {ext} or <<EMAIL:s2_email>>. My cell for the P2P: <<PHONE:s1_phonedash>>.
<<PERSON:s1_full>>, MD   DEA <<ID:s1_dea>>   State license <<ID:s1_lic>>
cc: <<PERSON:pt_full>> via portal; <<PERSON:o2_full>>, case manager, <<ORG:c4_employer>> benefits (<<PHONE:o2_phoneintl>>)""",
    "adult_interpreter_log": """INTERPRETER SERVICES - ENCOUNTER LOG
Vendor: <<ORG:c1_interp>>   Job # <<ID:x1_job>>   Modality: video (VRI)   Language: {pt_lang}
Date <<DATE:d1_date>>  Requested 09:40  Connected 09:52  Ended 10:31 (39 min)
Interpreter: <<PERSON:o1_first>> ID #<<ID:o1_interpid>>
Patient: <<PERSON:pt_full>>   MRN <<ID:pt_mrn>>   Room {room}
Provider: Dr. <<PERSON:s1_full>> (Cardiology)   Requested by: <<PERSON:s2_full>>, RN
Family present: <<PERSON:r1_fam>> (spouse; declined to interpret - staff reminded family should not interpret consent), <<PERSON:r2_first>> (grandchild, 12)
Notes: consent for TEE and DC cardioversion interpreted in full; teach-back done. Patient asked that results go to son <<PERSON:r3m_fam>> in <<LOCATION:x2_foreigncity>> (<<PHONE:r3m_intlphone>>) - advised ROI form required.
Second session <<DATE:d2_datemd>> 15:10 by phone, interpreter <<PERSON:o2_full>> (#<<ID:o2_interpid>>), dial-in <<PHONE:x3_tollfree>> PIN {pin}.
Complaint: previous interpreter on <<DATE:x5_datemd>> disconnected 3 times; ticket <<ID:x4_ticket>> opened with vendor contact <<PERSON:o3_full>> <<EMAIL:o3_email>>.""",
    "geri_home_health_visit": """HOME HEALTH SKILLED NURSING VISIT - <<ORG:c1_homehealth>>
Patient: <<PERSON:pt_last>>, <<PERSON:pt_first>>   Age: <<AGE:pt_age>>   SOC: <<DATE:d1_date>>   Visit: <<DATE:d2_date>> 10:15-11:05
Medicare MBI: <<ID:pt_mbi>>   Episode: <<ID:x1_episode>>   Physician: <<PERSON:s1_full>>, MD (NPI <<ID:s1_npi>>)
Address: <<ADDRESS:pt_street>>, <<LOCATION:pt_city>> - gate code 4471#, small dog. Park behind the blue truck; neighbor <<PERSON:w1_full>> has a key (<<PHONE:w1_phone>>).
S: Pt states "I'm <<AGE:pt_agew>> years old, honey, my knees are entitled to hurt." Denies falls since last visit. Daughter <<PERSON:r1f_nick>> reports poor appetite.
O: BP {bp}, HR {hr}, RR 18, T {temp}, SpO2 {spo2}% RA, wt {wt} (down 1.2 lb). 2+ pitting edema BLE. Sacral stage 2 pressure injury 1.5 x 1.0 cm, wound bed pink, cleansed with NS, hydrocolloid applied.
Meds: furosemide 40 mg qAM (taking 20 mg - "makes me pee too much"), KCl 10 mEq, warfarin per INR clinic (INR today {inr} on point-of-care meter, called to <<ORG:c2_clinic>> anticoag line <<PHONE:c2_phone>> and spoke with <<PERSON:s2_full>>, PharmD).
Caregiver: <<PERSON:r1f_fam>>, cell <<PHONE:r1f_phone>>, also HCPOA. Aide <<PERSON:s3_first>> from <<ORG:c3_aides>> comes M/W/F.
Plan: next SN visit <<DATE:d3_datemd>>; PT eval requested. Signed: <<PERSON:s4_full>>, RN  <<DATE:d2_date>> 11:22""",
    "geri_hospice_idt": """HOSPICE INTERDISCIPLINARY NOTE - <<ORG:c1_hospice>>
Patient <<PERSON:pt_caps>> | <<AGE:pt_age>> y/o | MRN <<ID:pt_mrn>> | Benefit period 2 starting <<DATE:d1_date>>
Dx: end-stage heart failure (I50.9), PPS 30%. DNR/POLST on the fridge, signed <<DATE:d2_date>>.
Chaplain (<<PERSON:s1_full>>): granddaughter <<PERSON:r1f_fam>> and her partner <<PERSON:r2_full>> at bedside; great-grandson <<PERSON:r3m_first>> (age 4) drawing pictures. Pt asked for Father <<PERSON:o1m_last>> from <<ORG:c2_church>> - called parish office <<PHONE:c2_phone>>, left message with <<PERSON:o2_first>>. Pt talked about her wedding on <<DATE:x1_olddate>> in <<LOCATION:x2_foreigncity>> and her late husband <<PERSON:r4m_fam>>.
RN (<<PERSON:s2_full>>): morphine 5 mg/0.25 mL SL q2h prn dyspnea - 3 doses last 24 h; lorazepam 0.5 mg prn. Comfort kit checked.
SW (<<PERSON:s3_full>>, LCSW): funeral pre-arranged with <<ORG:c3_funeral>>, contact <<PERSON:o3_full>> <<PHONE:o3_phone>>. Son <<PERSON:r5m_fam>> (HCPOA) flying in from <<LOCATION:x3_city>>; his number <<PHONE:r5m_phone>>. Fundraiser for travel costs: <<URL:x4_gofund>>.
Patient quote: "<<AGE:pt_agew>> years is plenty. Tell <<PERSON:r6_first>> I'm not mad anymore."
On-call: <<PHONE:c1_phone>>. Next IDT review <<DATE:d3_datemd>>.""",
    "adult_pharmacy_intervention": """PHARMACY INTERVENTION NOTE - <<ORG:c1_pharmacy>> store #{store}
Date/time: <<DATE:d2_dateiso>> 16:40   Pharmacist: <<PERSON:s1_full>>, PharmD (lic <<ID:s1_lic>>)
Patient: <<PERSON:pt_full>>  DOB <<DATE:pt_dobus>>  Ph <<PHONE:pt_phoneparen>>  Profile # <<ID:x1_profile>>
Rx <<ID:x2_rx>>: oxycodone/APAP 5/325 mg, 1 tab q6h prn, #28, written <<DATE:d1_dateshort>> by <<PERSON:s2_full>>, DDS (DEA <<ID:s2_dea>>, NPI <<ID:s2_npi>>)
Rx <<ID:x3_rx>>: fluconazole 150 mg x1 - <<PERSON:s3_init>>, NP
PDMP: 3 controlled fills in 60 days from 3 prescribers (<<PERSON:o1_full>>, MD; <<PERSON:o2_init>>, PA-C; the above).
Action: called prescriber office (<<ORG:c2_clinic>>, <<PHONE:c2_phonedash>>), spoke to <<PERSON:o3_first>> at the front desk; Dr. <<PERSON:s2_last>> aware, OK to fill qty 12. Counseled patient and spouse <<PERSON:r1_first>>; naloxone 4 mg nasal offered and accepted (Rx <<ID:x4_rx>>).
Insurance: <<ORG:c3_insurer>>, BIN 610014, PCN MEDDPRIME, member <<ID:pt_member>>, person code 01. Copay $4.15.
Callback requested at <<PHONE:pt_phoneplain>> when filled. Ticket <<ID:x5_ticket>>.""",
    "adult_genetic_pedigree": """GENETIC COUNSELING - FAMILY HISTORY (3-generation pedigree)
Proband: <<PERSON:pt_full>>, <<AGE:pt_age>> y, referred by Dr. <<PERSON:s1_full>> for personal history of breast cancer at 41.
Counselor: <<PERSON:s2_full>>, MS, CGC   Session <<DATE:d1_date>> (video, <<URL:x1_zoom>>)

Maternal:
- Mother <<PERSON:r1f_full>>, ovarian cancer dx 58, d. 61.
- Maternal aunt <<PERSON:r2f_full>>, alive at <<AGE:r2f_age>>, breast ca at 49 (tested at <<ORG:c1_lab>>, BRCA2 c.5946delT reported - report requested).
- Maternal grandmother <<PERSON:r3f_full>>, d. at <<AGE:r3f_oldage>>, "stomach cancer".
- Cousin <<PERSON:r4f_first>> (daughter of <<PERSON:r2f_first>>), 31, unaffected, lives in <<LOCATION:x2_city>>, phone <<PHONE:r4f_phone>>, willing to test.
Paternal:
- Father <<PERSON:r5m_fam>>, <<AGE:r5m_age>>, prostate ca at 70, Gleason 3+4.
- Paternal uncles <<PERSON:r6m_fam>> and <<PERSON:r7m_fam>> - unaffected; <<PERSON:r7m_first>>'s son <<PERSON:r8m_fam>> had >10 colon polyps at 35.
- Paternal grandfather <<PERSON:r9m_fam>>, d. at <<AGE:r9m_oldagew>> in his sleep.
Siblings: half-brother <<PERSON:r10m_fam>> (same father), 44; sister <<PERSON:r11f_fam>>, 39, BRCA negative in 2019 per <<ORG:c2_hosp>>.
Ancestry: Ashkenazi Jewish (maternal) / Irish (paternal). Consanguinity denied.
Plan: 84-gene hereditary cancer panel; kit #<<ID:x3_kit>> mailed to <<ADDRESS:pt_street>>; results by phone to <<PHONE:pt_phone>>; family letter for <<PERSON:r4f_first>>.""",
    "peds_school_note": """<<ORG:c1_clinic>> - Pediatrics
<<ADDRESS:c1_street>>, <<LOCATION:c1_city>> | <<PHONE:c1_phoneparen>>

<<DATE:d5_datelong>>

To: School Nurse, <<ORG:c2_school>> (attn: <<PERSON:o1_full>>, RN)
Re: <<PERSON:pt_full>>, DOB <<DATE:pt_dobus>>, Grade {grade}, Student ID <<ID:x1_studentid>>

<<PERSON:pt_first>> was seen in our office on <<DATE:d1_datemd>> and <<DATE:d2_datemd>> for an asthma exacerbation. Please excuse absences <<DATE:d3_datemd>>-<<DATE:d4_datemd>>. <<PERSON:pt_nick>> may return to school and PE on <<DATE:d6_datelong>>.
Asthma action plan: albuterol HFA 90 mcg, 2 puffs q4h prn (may carry inhaler and self-administer); fluticasone 44 mcg 2 puffs BID at home. Peak flow personal best 310 L/min; green > 250, yellow 155-250, red < 155.
Allergies: peanut (epinephrine 0.15 mg auto-injector, 2 at the nurse office).
Parent/guardian: <<PERSON:r1f_fam>> (mom) <<PHONE:r1f_phone>>; <<PERSON:r2m_full>> (dad, different household) <<PHONE:r2m_phonedot>>; emergency: grandma <<PERSON:r3f_nick>> <<PHONE:r3f_phone>>.
Please return the medication authorization by fax to <<PHONE:c1_fax>> or e-mail <<EMAIL:s1_email>>.
<<PERSON:s1_full>>, MD, FAAP""",
    "work_status_report": """WORK STATUS REPORT / RETURN TO WORK
Employer: <<ORG:c1_employer>>   Attn: <<PERSON:o1_full>>, HR Generalist, fax <<PHONE:o1_fax>>, <<EMAIL:o1_email>>
Employee: <<PERSON:pt_caps>>   Employee/badge #: <<ID:x1_empid>>   WC claim: <<ID:x2_claim>>
Adjuster: <<PERSON:o2_full>>, <<ORG:c2_insurer>>, <<PHONE:o2_phonedash>>
Date of injury: <<DATE:d1_date>>   Seen: <<DATE:d2_date>>
Dx: lumbar strain (S39.012A); no radiculopathy; SLR negative bilaterally.
Restrictions: no lifting > 15 lb, no repetitive bending, sit/stand as needed, 4-hour shifts x 2 weeks. Full duty expected <<DATE:d3_datelong>>.
Supervisor <<PERSON:o3_first>> (called the clinic from <<PHONE:o3_phone>>) asked about light duty on line 4; discussed with the patient's consent. <<PERSON:pt_first>> prefers to be reached at <<PHONE:pt_phone>>.
Next visit: <<DATE:d4_datemd>> with <<PERSON:s1_full>>, PA-C.
Provider: <<PERSON:s2_full>>, DO   <<ORG:c3_clinic>> Occupational Health, <<ADDRESS:c3_street>>, <<LOCATION:c3_city>>""",
    "geri_guardianship_poa": """DURABLE POWER OF ATTORNEY FOR HEALTH CARE / NOTICE OF GUARDIANSHIP PETITION
<<ORG:x1_court>>, Probate Division   Case No. <<ID:x2_case>>
In re the Guardianship of <<PERSON:pt_caps>>, an adult.

I, <<PERSON:pt_fullmid>>, born <<DATE:pt_doblong>>, residing at <<ADDRESS:pt_street>>, <<LOCATION:pt_city>>, {pt_state}, designate my niece <<PERSON:r1f_full>> of <<ADDRESS:r1f_street>>, <<LOCATION:r1f_city>>, telephone <<PHONE:r1f_phone>>, as my agent for health care decisions. If she is unable or unwilling to act, I designate <<PERSON:r2_fam>>, <<PHONE:r2_phoneparen>>.
Signed this <<DATE:d1_datelegal>>.
Witness 1: <<PERSON:o1_full>>, <<ADDRESS:o1_street>>   Witness 2: <<PERSON:o2_full>>
Notary: <<PERSON:o3_full>>, Commission # <<ID:x3_notary>>, expires <<DATE:d2_date>>
Guardian ad litem: <<PERSON:o4_full>>, Esq. (Bar No. <<ID:x4_bar>>), <<PHONE:o4_phonedash>>
Capacity evaluation: Dr. <<PERSON:s1_full>> on <<DATE:d3_date>> - MoCA 14/30, patient aged <<AGE:pt_age>>, major neurocognitive disorder (F02.80).
Hospital copy scanned to MRN <<ID:pt_mrn>> by <<PERSON:s2_initials>> on <<DATE:d4_dateshort>>.""",
    "adult_welfare_check": """REQUEST FOR POLICE WELFARE CHECK - faxed to <<ORG:c1_police>> (non-emergency <<PHONE:c1_phone>>)
From: <<ORG:c2_clinic>> Behavioral Health, <<PERSON:s1_full>>, LCSW, direct <<PHONE:s1_phonedash>>
Date/time: <<DATE:d3_date>> 13:20
Subject: <<PERSON:pt_full>>, <<AGE:pt_age>>, DOB <<DATE:pt_dobus>>
Last known address: <<ADDRESS:pt_street>>, <<LOCATION:pt_city>> (2nd floor, side door)
Vehicle: silver Honda Civic, plate <<ID:x1_plate>>
Reason: missed scheduled video visit; last portal message <<DATE:d2_datemd>> 02:14 said "im done, tell <<PERSON:r1_lc>> sorry". Not answering <<PHONE:pt_phone>> or <<PHONE:pt_phonealt>>. Emergency contact <<PERSON:r2_full>> (ex-spouse) reached at <<PHONE:r2_phone>>: no contact since <<DATE:d1_datemd>>.
Known firearms: unknown. Hx: MDD, prior suicide attempt {year} (overdose). PHQ-9 on last visit 22.
Officer dispatched: <<PERSON:o1_full>>, badge <<ID:o1_badge>>; incident # <<ID:x2_incident>>.
Update 14:05: Ofc. <<PERSON:o1_last>> reports patient found safe, transported voluntarily to <<ORG:c3_hosp>> ED; neighbor <<PERSON:w1_full>> let officers in. Crisis line given: 988.""",
    "adult_insurance_call": """CALL NOTE - Revenue Cycle / Insurance Verification
<<DATE:d4_datebrit>> 10:42. Called <<ORG:c1_insurer>> provider line <<PHONE:c1_tollfree>>, option 3, spoke with rep <<PERSON:o1_first>> (ID <<ID:o1_repid>>); call ref <<ID:x1_ref>>.
Patient: <<PERSON:pt_last>>, <<PERSON:pt_first>> | Memeber ID <<ID:pt_member>> | grp# <<ID:x2_group>> | subscriber: self
Secondary: Medicaid ID <<ID:x3_medicaid>> (eff. <<DATE:d1_date>>)
Claim <<ID:x4_claim>> DOS <<DATE:d2_date>> billed $3,412.00 CPT 70553 - denied CO-197 (no auth). Auth on file <<ID:x5_auth>> was for 70551 only. Rep says retro auth possible within 14 days; fax clinicals to <<PHONE:c1_fax>> attn <<PERSON:o2_full>>.
Second claim <<ID:x6_claim>> DOS <<DATE:d3_date>> pending (needs COB update). Called pt at <<PHONE:pt_phone>> - spoke to spouse <<PERSON:r1_full>>, who said the patient started a new job at <<ORG:c2_employer>> with coverage through <<ORG:c3_insurer>>; will have pt call <<PERSON:s1_full>> at <<PHONE:s1_phone>> x{ext}.
SSN on the old policy was keyed as <<ID:pt_ssnmask>>; corrected.""",
    "adult_device_notice": """FIELD SAFETY NOTICE FOLLOW-UP - Device Clinic, <<ORG:c1_hosp>>
Manufacturer: <<ORG:c2_mfr>>   Advisory FA-{num}
Patient: <<PERSON:pt_full>> (<<ID:pt_mrn>>)  DOB <<DATE:pt_dobshort>>
Device: dual-chamber ICD, model DDMB1D4, serial <<ID:x1_serial>>, implanted <<DATE:d1_date>> by Dr. <<PERSON:s1_full>>
Leads: RA 5076-52 cm SN <<ID:x2_serial>>; RV 6935M-62 cm SN <<ID:x3_serial>>
Remote monitor: transmitter SN <<ID:x4_serial>>, last transmission <<DATE:d2_datemd>> 03:12; battery 8.1 yrs; RV pacing 2%; 1 episode VT 188 bpm, ATP x1 successful.
Patient contacted <<DATE:d3_date>> at <<PHONE:pt_phonealt>> (wrong number); reached at <<PHONE:pt_phone>>. Daughter <<PERSON:r1f_fam>> asked to be added to device-clinic contacts: <<EMAIL:r1f_email>>, <<PHONE:r1f_phone>>.
Rep on call: <<PERSON:o1_full>> (<<ORG:c2_mfr>>) <<PHONE:o1_phone>>. Home monitoring login IP at last sync <<ID:x5_ip>>.
Next in-clinic check: <<DATE:d4_datelong>>, <<PERSON:s2_full>>, CDRN.""",
    "adult_intl_records": """Received by fax from <<PHONE:x1_ukphone>> on <<DATE:d3_datebrit>>:
<<ORG:c1_hospuk>> - Discharge letter (copy)
Patient: <<PERSON:pt_capslast>> <<PERSON:pt_first>>   NHS No: <<ID:x2_nhs>>   Hosp No: <<ID:x3_mrn>>
GP: Dr <<PERSON:o1_full>>, <<ORG:c2_gpsurgery>>, <<ADDRESS:c2_ukstreet>>, <<LOCATION:c2_ukcity>> <<ADDRESS:c2_ukpostcode>>, tel <<PHONE:c2_ukphone>>
Admitted <<DATE:d1_datebrit>> with community-acquired pneumonia (CURB-65 = 2), co-amoxiclav 1.2 g IV TDS then oral, discharged <<DATE:d2_datebrit>>. Next of kin: <<PERSON:r1_full>> (partner) <<PHONE:r1_ukmobile>>.
Also enclosed: records from <<ORG:c3_hospin>>, <<LOCATION:x4_incity>>, India (Aadhaar <<ID:x5_aadhaar>> on ID copy), physician Dr. <<PERSON:o2_full>> <<PHONE:o2_inphone>>, <<EMAIL:o2_email>>.
US intake by <<PERSON:s1_full>> on <<DATE:d4_date>>: establishing care with PCP (local MRN <<ID:pt_mrn>>); translation by <<PERSON:o3_full>> (certified translator #<<ID:x6_cert>>). Passport <<ID:pt_passport>> copied for registration.""",
    "child_vaccine_proxy": """Portal message - proxy access
From: <<PERSON:r1f_full>> (proxy for <<PERSON:pt_full>>)
To: <<ORG:c1_clinic>> Pediatrics nurse pool
Date: <<DATE:d3_dateabbr>>

hello! <<PERSON:pt_lcnick>> is due for shots, can we do them at the <<DATE:d5_datemd>> well visit? daycare (<<ORG:c2_daycare>>) needs the record by friday, their fax is <<PHONE:c2_fax>> and the director is <<PERSON:o1_full>>. also we moved!! new address <<ADDRESS:pt_street>>, <<LOCATION:pt_city>>. my cell is the same <<PHONE:r1f_phone>> but her dad <<PERSON:r2m_lcfam>> is now <<PHONE:r2m_phone>>
thanks so much
<<PERSON:r1f_lc>> (<<PERSON:pt_first>>'s mom)

Reply - <<PERSON:s1_full>>, LPN - <<DATE:d4_dateabbr>>:
Hi <<PERSON:r1f_first>>, yes: DTaP-IPV #5 and MMRV #2 at the <<DATE:d5_datemd>> visit; flu vaccine also due. Record: DTaP x4 (last <<DATE:d1_date>>), IPV x3, MMR #1 <<DATE:d2_date>>, varicella #1 same day, HepB x3, HepA x2. Lot EK5730 / U7213AA on file. Updated the address and dad's number in the chart (MRN <<ID:pt_mrn>>). Immunization certificate uploaded to <<URL:x1_portal>>. Weight 16.4 kg (52nd percentile), height 101 cm.""",
}

# ---------------------------------------------------------------------------------------------
# Chinese templates. Prefix = age band: adult, geri (older), work (working age), peds (school age), child (3-6), infant (newborn).
# ---------------------------------------------------------------------------------------------
ZH_BLIND6_TEMPLATES: dict[str, str] = {
    "adult_online_text_consult": """【<<ORG:c1_platform>>】图文问诊记录
订单号：<<ID:x1_ddh>>　问诊时间：<<DATE:d2_dateiso>> 21:36
就诊人：<<PERSON:pt_full>>　{pt_sex}　<<AGE:pt_age>>岁　手机：<<PHONE:pt_phonemask>>　与账号关系：本人
接诊医生：<<PERSON:s1_full>> 主治医师（<<ORG:c2_hosp>> 内分泌科）

患者：医生您好，我上个月在你们医院查的糖化血红蛋白是8.3%，空腹血糖9.1，二甲双胍0.5g一天三次吃了半年了，要不要加药？之前<<PERSON:s2_sur>>主任说可以加个达格列净
医生：您好，请问现在体重多少？有没有低血糖？肾功能查过吗？
患者：体重78公斤，身高170。肾功能<<DATE:d1_datemd>>查的，肌酐86，正常。没有低血糖。对了我爱人<<PERSON:r1f_full>>也有糖尿病，她在<<ORG:c3_hosp>>看的
医生：可以在二甲双胍基础上加用达格列净10mg每日一次，注意多饮水、预防泌尿生殖道感染。处方已开，处方号<<ID:x2_cfh>>，药品由<<ORG:c4_pharmacy>>配送，配送员会打<<PHONE:pt_phone344>>。
患者：好的谢谢<<PERSON:s1_sur>>医生！地址写<<LOCATION:pt_city>><<ADDRESS:pt_street>>，收件人写我女儿<<PERSON:r2f_fam>>，电话<<PHONE:r2f_mobile>>
医生：已备注。三个月后复查糖化血红蛋白，如有不适请线下就诊。
（系统消息）本次问诊费30.00元，已通过医保个人账户支付，医保电子凭证号<<ID:x3_ybpz>>。""",
    "geri_video_consult": """视频问诊记录
机构：<<ORG:c1_hosp>>互联网医院　科室：神经内科　医生：<<PERSON:s1_full>>（工号<<ID:s1_gh>>）
患者：<<PERSON:pt_full>>　性别：{pt_sex}　年龄：<<AGE:pt_agecn>>岁　病案号：<<ID:pt_mrn>>　就诊卡号：<<ID:x1_jzk>>
问诊时间：<<DATE:d2_date>> 14:00—14:22　视频链接：<<URL:x2_video>>
陪诊家属：<<PERSON:r1m_fam>>（儿子），手机<<PHONE:r1m_mobilesp>>
主诉：头晕伴行走不稳2周。
现病史：家属代诉，患者2周前起床后头晕，走路向左偏，无肢体无力，无言语不清。高血压10余年，服氨氯地平5mg qd，平时血压140/85mmHg左右。<<DATE:d1_datemd>>在<<ORG:c2_chc>>测血压168/96mmHg。
视频查体：神清，言语流利，双侧瞳孔等大等圆，直径约3mm，伸舌居中，左侧指鼻试验欠稳准。
初步诊断：头晕待查，后循环缺血？
处理：建议3日内线下就诊行头颅MRI+DWI，已预约<<DATE:d3_datemd>>上午<<PERSON:s2_full>>主任专家号（序号17）。如出现肢体无力、言语不清，立即拨打120。
家属补充：老人平时和保姆<<PERSON:o1f_sur>>阿姨住在<<LOCATION:pt_city>><<ADDRESS:pt_street>>，阿姨电话<<PHONE:o1f_mobile>>，本人手机<<PHONE:pt_phone>>。""",
    "geri_wechat_followup": """【微信随访记录】随访护士：<<PERSON:s1_full>>　随访日期：<<DATE:d1_date>>
患者：<<PERSON:pt_full>>（微信昵称"<<PERSON:pt_net>>"），住院号<<ID:pt_mrn>>，出院诊断：急性非ST段抬高型心肌梗死，PCI术后

[10:02] <<PERSON:s1_given>>护士：<<PERSON:pt_sur>>{pt_elder}您好，我是<<ORG:c1_hosp>>心内科的随访护士小<<PERSON:s1_sur>>，您出院一周了，最近血压怎么样？
[10:15] <<PERSON:pt_net>>：小<<PERSON:s1_sur>>啊 谢谢你 血压早上135/80 晚上有时候150 药都按时吃的 阿斯匹林 波立维 立普妥 倍他乐克 都吃着
[10:16] <<PERSON:pt_net>>：就是晚上睡不好 胸口有点闷闷的 [语音 0:23]
[10:18] <<PERSON:s1_given>>护士：胸闷持续多久？活动后加重吗？有没有出汗？
[10:31] <<PERSON:r1_net>>：护士你好 我是她家<<PERSON:r1_given>>，老人打字慢我来说。晚上躺下闷 坐起来好点 大概十来分钟。下周<<DATE:d2_datemd>>能挂<<PERSON:s2_sur>>主任的号吗
[10:35] <<PERSON:s1_given>>护士：躺下胸闷、坐起好转要警惕心衰，建议今天或明天来门诊。<<PERSON:s2_sur>>主任周三上午有门诊，我帮您加号。复诊带上出院小结和药盒。夜间胸闷加重、不能平卧请直接拨打120。
[10:36] <<PERSON:r1_net>>：好的谢谢 我电话<<PHONE:r1_mobile>> 有事打我 老人那个<<PHONE:pt_phone>>老是静音
[10:40] <<PERSON:s1_given>>护士：已加号：<<DATE:d3_date>>上午第12号，门诊3楼心内科，就诊卡号<<ID:x1_jzk>>。
备注：家属<<PERSON:r1_full>>在<<LOCATION:x2_city>>工作，周末回来。邻居老<<PERSON:o1_sur>>有钥匙，电话<<PHONE:o1_landline>>。""",
    "adult_sms_reminders": """短信发送记录（预约挂号/复诊提醒）　导出时间 <<DATE:d1_dateiso>> 17:02　操作员<<PERSON:s3_full>>
1.【<<ORG:c1_hosp>>】<<PERSON:pt_full>>您好，您已成功预约<<DATE:d2_datemd>>（周四）上午09:30-10:00<<PERSON:s1_full>>医生（消化内科）门诊，就诊序号8，请携带医保卡或身份证于就诊前30分钟到2号楼1层自助机签到。取消预约请提前一天登录<<URL:x1_short>>或拨打<<PHONE:c1_service>>。发送至<<PHONE:pt_phone>>，状态：成功
2.【<<ORG:c1_hosp>>】尊敬的<<PERSON:pt_sur>>{pt_hon}：您的胃镜检查安排在<<DATE:d3_date>>上午8:00，检查前一天晚8点后禁食，需家属陪同。检查单号<<ID:x2_jch>>。咨询：<<PHONE:c1_landline>>转{ext}。发送至<<PHONE:pt_phone>>，状态：成功
3.【<<ORG:c1_hosp>>】<<PERSON:r1_full>>您好，您的家人<<PERSON:pt_given>>的病理报告已出，请到门诊3楼病理科窗口领取（报告编号<<ID:x3_report>>）。发送至<<PHONE:r1_mobile>>，状态：失败（空号）
4.【<<ORG:c2_chc>>】<<PERSON:o1_full>>您好，您的家庭医生<<PERSON:s2_full>>提醒：您的高血压随访时间为<<DATE:d4_datemd>>，请携带血压记录本。回复TD退订。发送至<<PHONE:o1_mobile>>，状态：成功
5.【医保】您的医保个人账户于<<DATE:d5_datemd>>支出156.80元，余额1,203.45元。如有疑问请致电12393。发送至<<PHONE:pt_phone>>
6.【<<ORG:c1_hosp>>】<<PERSON:o2_full>>家长您好，<<PERSON:k1_xiao>>（<<PERSON:k1_full>>）的疫苗复种时间为<<DATE:d6_datems>>，请按时前往。发送至<<PHONE:o2_mobile>>""",
    "adult_callcentre_record": """客服中心来电记录　工单号：<<ID:x1_kf>>
来电时间：<<DATE:d2_dateslash>> 16:48　来电号码：<<PHONE:r1m_mobile86>>　坐席：<<PERSON:s1_full>>（工号<<ID:s1_gh>>）
来电人：<<PERSON:r1m_full>>，自称患者<<PERSON:pt_full>>的女婿
诉求：岳母<<DATE:d1_datemd>>在我院做了白内障手术，术后用妥布霉素地塞米松滴眼液一天四次、左氧氟沙星滴眼液一天四次，想问两种能不能一起滴；另外发票抬头写错了，要求重开（原发票号<<ID:x2_fph>>，金额3,860.00元）。
核实身份：来电人报出患者身份证号<<ID:pt_ridmask>>、门诊号<<ID:x3_mzh>>，与系统一致。
处理：1. 用药问题转眼科护士站<<PERSON:s2_sur>>护士长（内线{ext}），答复两种滴眼液间隔5-10分钟使用。2. 发票重开需患者本人或委托人持身份证到门诊收费处办理，已告知。
回访：<<DATE:d3_datemd>> 10:20回拨<<PHONE:r1m_mobile344>>，来电人表示已解决。另留患者本人电话<<PHONE:pt_phonesp>>，家中座机<<PHONE:pt_landline>>。
满意度：非常满意。质检：<<PERSON:s3_full>>""",
    "adult_record_copy_request": """病案复印/调阅申请表　　申请编号：<<ID:x1_apply>>
申请日期：<<DATE:d3_date>>
患者姓名：<<PERSON:pt_full>>　性别：{pt_sex}　出生日期：<<DATE:pt_dobcn>>
身份证号：<<ID:pt_ridsp>>　病案号：<<ID:pt_mrn>>　住院时间：<<DATE:d1_date>>至<<DATE:d2_date>>
申请人：□本人 ☑代理人　代理人姓名：<<PERSON:r1_full>>　与患者关系：配偶　代理人身份证：<<ID:r1_rid>>　联系电话：<<PHONE:r1_mobile>>
复印用途：☑商业保险理赔（<<ORG:c1_insurer>>）□医保报销 □司法鉴定 □出国就医
复印内容：☑病案首页 ☑出院记录 ☑手术记录 ☑病理报告 ☑检验报告 □医嘱单 □护理记录
邮寄地址：{pt_province}<<LOCATION:pt_city>><<ADDRESS:pt_street>>　收件人：<<PERSON:r1_full>>　电话<<PHONE:r1_mobile344>>
所附材料：患者身份证复印件、代理人身份证复印件、授权委托书、结婚证复印件（证号<<ID:x2_marriage>>）
病案室审核：<<PERSON:s1_full>>　<<DATE:d4_datemd>>　共复印42页，每页0.5元，快递费15元，快递单号<<ID:x3_express>>
备注：已电话<<PHONE:pt_phone>>与患者本人核实授权。""",
    "adult_insurance_dispute": """医保报销争议处理单　　编号：<<ID:x1_gd>>
受理机构：<<ORG:c1_ybj>>　受理人：<<PERSON:s1_full>>　受理日期：<<DATE:d6_date>>
参保人：<<PERSON:pt_full>>　社会保障号码：<<ID:pt_rid>>　医保卡号：<<ID:x2_ybk>>　参保地：<<LOCATION:x3_city>>　联系电话：<<PHONE:pt_phone344>>
就医地：<<LOCATION:pt_city>>（异地长期居住，随子女生活）
争议事项：参保人于<<DATE:d1_date>>至<<DATE:d2_date>>在<<ORG:c2_hosp>>住院（住院号<<ID:x4_zyh>>），诊断"2型糖尿病伴周围神经病变（E11.401）"，住院总费用18,652.37元。因入院时未办理异地就医备案，无法直接结算，回参保地手工报销时被告知按转外就医比例（降低10%）报销，参保人有异议。
参保人陈述：其子<<PERSON:r1m_fam>>（电话<<PHONE:r1m_mobile>>）称<<DATE:d3_datemd>>已通过国家医保服务平台APP提交备案申请，备案编号<<ID:x5_beian>>，有截图为证。
核查：系统显示备案申请于<<DATE:d4_date>>提交、<<DATE:d5_date>>审核通过，晚于入院日期。按跨省异地就医直接结算经办规程，允许出院结算前补办备案。
处理意见：同意按已备案人员待遇报销，统筹支付比例75%，起付线800元。经办人<<PERSON:s2_full>>复核。
告知方式：电话告知参保人本人（<<PHONE:pt_phone>>），并短信发送至其子。""",
    "adult_commercial_claim": """<<ORG:c1_insurer>>
理赔决定通知书
保单号：<<ID:x1_bdh>>　理赔案号：<<ID:x2_lpah>>

<<PERSON:pt_full>>{pt_hon}：
您好！我司于<<DATE:d2_date>>收到您（被保险人<<PERSON:pt_full>>，证件号码<<ID:pt_rid>>）提交的理赔申请，申请人：<<PERSON:r1_full>>（投保人，与被保险人关系：配偶）。
出险日期：<<DATE:d1_date>>；就诊医院：<<ORG:c2_hosp>>；诊断：甲状腺乳头状癌（C73）。
经审核，本次申请符合《重大疾病保险条款》第5.2条约定，甲状腺癌（T1aN0M0）按轻度恶性肿瘤给付：基本保额300,000元×30%＝90,000元。
赔款已于<<DATE:d3_date>>转入您尾号<<ID:x3_banktail>>的银行账户（开户行：<<ORG:c3_bank>>）。
如有疑问，请联系理赔专员<<PERSON:s1_full>>，电话<<PHONE:s1_landline>>，或拨打客服热线<<PHONE:c1_service95>>。
服务代理人：<<PERSON:o1_full>>（工号<<ID:o1_gh>>，手机<<PHONE:o1_mobile>>）
理赔部
<<DATE:d4_datecn>>
（附件清单：病理报告、出院小结、发票原件3张，发票号<<ID:x4_fph>>等）""",
    "geri_family_doctor_followup": """家庭医生签约服务随访记录表（高血压、2型糖尿病）
签约机构：<<ORG:c1_chc>>　团队：<<PERSON:s1_full>>（全科医生）、<<PERSON:s2_full>>（护士）、<<PERSON:s3_full>>（公卫医师）
签约居民：<<PERSON:pt_full>>　<<AGE:pt_agecn>>岁　身份证：<<ID:pt_rid>>　健康档案号：<<ID:x1_jkda>>
住址：<<ADDRESS:pt_street>>（<<ORG:x2_jwh>>）　联系电话：<<PHONE:pt_phone>>　签约日期：<<DATE:d1_date>>
随访日期：<<DATE:d3_date>>　随访方式：☑入户 □门诊 □电话
症状：偶有头晕，无胸闷胸痛，夜尿2-3次。
体征：血压{bp}mmHg，心率{hr}次/分，体重{wt}，足背动脉搏动可。
辅助检查：空腹血糖{glucose}mmol/L（指尖），糖化血红蛋白{a1c}%（<<DATE:d2_datemd>>）。
用药：硝苯地平控释片30mg qd；二甲双胍0.5g tid；阿卡波糖50mg tid（老人说"吃了肚子胀"，自行减为bid）。依从性：间断。低血糖反应：无。
照护情况：老伴<<PERSON:g1f_full>>已去世（<<DATE:x6_dateiso>>），现与小女儿<<PERSON:r2f_given>>同住，大儿子<<PERSON:r3m_fam>>在<<LOCATION:x3_city>>，电话<<PHONE:r3m_mobile86>>。保姆<<PERSON:o1f_sur>>姐每周来三次。
转诊：建议至<<ORG:c2_hosp>>内分泌科评估降糖方案，已开转诊单（编号<<ID:x4_zz>>）。
下次随访：<<DATE:d5_datemd>>。　随访医生签字：<<PERSON:s1_full>>""",
    "child_vaccination_record": """儿童保健及预防接种记录
儿童姓名：<<PERSON:pt_full>>　小名：<<PERSON:pt_xiao>>　性别：{pt_sex}　出生日期：<<DATE:pt_dob>>
预防接种证编号：<<ID:x1_ymz>>　出生医学证明编号：<<ID:x2_cert>>
母亲：<<PERSON:r1f_full>>　手机<<PHONE:r1f_mobile344>>　父亲：<<PERSON:r2m_fam>>　手机<<PHONE:r2m_mobile>>
家庭住址：<<LOCATION:pt_city>><<ADDRESS:pt_street>>　接种单位：<<ORG:c1_chc>>预防接种门诊
接种记录：
<<DATE:d1_dateiso>>　乙肝疫苗（第3剂）　批号202311B087　左上臂三角肌　接种医生：<<PERSON:s1_full>>
<<DATE:d2_dateiso>>　麻腮风疫苗（第1剂）　批号M20231204　右上臂　接种医生：<<PERSON:s2_full>>
<<DATE:d3_dateiso>>　百白破疫苗（第4剂）　批号202401A012　接种后留观30分钟，无异常反应
儿保：身高86.5cm，体重12.1kg，头围47cm，血红蛋白112g/L，ASQ发育筛查通过。
家长留言（微信"<<PERSON:r1f_net>>"）：<<PERSON:pt_xiao>>打完针晚上有点发烧38.2度 吃了美林5ml 现在退了 下次水痘疫苗什么时候打？
回复（<<PERSON:s1_sur>>医生）：属一般反应，继续观察。水痘疫苗第1剂可以<<DATE:d4_datemd>>来，记得带接种证。
入园体检：<<ORG:c2_kindergarten>>要求<<DATE:d5_datemd>>前提交接种查验证明，联系人<<PERSON:o1_sur>>老师<<PHONE:o1_mobile>>。""",
    "infant_birth_certificate": """出生医学证明签发登记（<<ORG:c1_hosp>>产科）
出生医学证明编号：<<ID:x1_cert>>
新生儿姓名：<<PERSON:pt_full>>　性别：{pt_sex}　出生日期：<<DATE:pt_dobcnnum>>　出生时间：06时42分
出生孕周：39+2周　出生体重：3350克　身长：50厘米　出生地点：{pt_province}<<LOCATION:pt_city>>
母亲：<<PERSON:r1f_full>>　<<AGE:r1f_adultage>>岁　国籍：中国　民族：汉族　有效身份证件号码：<<ID:r1f_rid>>
父亲：<<PERSON:r2m_fam>>　<<AGE:r2m_adultage>>岁　国籍：中国　民族：汉族　有效身份证件号码：<<ID:r2m_rid>>
家庭住址：<<ADDRESS:pt_street>>
接生人员：<<PERSON:s1_full>>（助产士）　签发日期：<<DATE:t1_date>>　签发人：<<PERSON:s2_full>>
领证人：<<PERSON:r2m_fam>>（父亲）　联系电话：<<PHONE:r2m_mobile>>；母亲电话<<PHONE:r1f_mobilesp>>
备注：新生儿乙肝疫苗、卡介苗已于出生当日接种；新生儿疾病筛查卡号<<ID:x2_screen>>。父亲因外派工作提供护照<<ID:r2m_hz>>复印件。外婆<<PERSON:g1f_full>>（<<PHONE:g1f_mobile>>）陪产。""",
    "geri_death_certificate": """居民死亡医学证明（推断）书　登记信息
编号：<<ID:x1_death>>
死者姓名：<<PERSON:pt_full>>　性别：{pt_sex}　民族：汉族　身份证件号码：<<ID:pt_rid>>
出生日期：<<DATE:pt_dobcn>>　死亡日期：<<DATE:d2_date>> 03时15分　实足年龄：<<AGE:pt_agecn>>岁
死亡地点：□医疗卫生机构 ☑家中　生前常住地址：<<LOCATION:pt_city>><<ADDRESS:pt_street>>
生前工作单位：<<ORG:c1_company>>（已退休）
致死的主要疾病诊断：(a)直接死因：呼吸衰竭　发病至死亡约2天；(b)引起(a)的疾病：重症肺炎　约10天；(c)慢性阻塞性肺疾病　20年
生前主要疾病最高诊断单位：<<ORG:c2_hosp>>
医师签名：<<PERSON:s1_full>>　填表日期：<<DATE:d3_date>>
调查记录（家中死亡）：死者长子<<PERSON:r1m_fam>>陈述：老人<<DATE:d1_datemd>>起发热、咳嗽，拒绝去医院，<<DATE:d2_datemd>>凌晨发现无呼吸。联系人：<<PERSON:r1m_fam>> <<PHONE:r1m_mobile>>；<<PERSON:r2f_full>>（长媳）<<PHONE:r2f_mobilesp>>。
户籍注销：<<ORG:c3_police>>，经办民警<<PERSON:o1_full>>（警号<<ID:o1_jh>>）。
殡葬：<<ORG:c4_funeral>>，火化证号<<ID:x2_crem>>。""",
    "work_group_checkup_list": """<<ORG:c1_hosp>>健康管理中心　团体体检名单（<<ORG:c2_company>>，2024年度）
单位联系人：<<PERSON:o1_full>>（人力资源部）　电话：<<PHONE:o1_landline>>　邮箱：<<EMAIL:o1_email>>
体检日期：<<DATE:d1_date>>—<<DATE:d2_datemd>>　套餐：A（男）/B（女）/B+（女，加TCT+HPV）

序号｜姓名｜工号｜性别｜年龄｜身份证号｜手机｜套餐
1｜<<PERSON:o2m_full>>｜<<ID:o2m_gh>>｜男｜<<AGE:o2m_workage>>｜<<ID:o2m_rid>>｜<<PHONE:o2m_mobile>>｜A
2｜<<PERSON:pt_full>>｜<<ID:pt_gh>>｜{pt_sex}｜<<AGE:pt_age>>｜<<ID:pt_rid>>｜<<PHONE:pt_phone>>｜B+
3｜<<PERSON:o3f_full>>｜<<ID:o3f_gh>>｜女｜<<AGE:o3f_workage>>｜<<ID:o3f_ridmask>>｜<<PHONE:o3f_mobile>>｜B
4｜<<PERSON:o4m_full>>｜<<ID:o4m_gh>>｜男｜<<AGE:o4m_workage>>｜<<ID:o4m_rid>>｜<<PHONE:o4m_mobile344>>｜A
5｜<<PERSON:hk1m_trad>>（<<PERSON:hk1m_roman>>）｜<<ID:hk1m_gh>>｜男｜<<AGE:hk1m_workage>>｜回乡证<<ID:hk1m_hxz>>｜<<PHONE:hk1m_hkphone>>｜A
6｜<<PERSON:o5f_full>>｜<<ID:o5f_gh>>｜女｜<<AGE:o5f_workage>>｜<<ID:o5f_rid>>｜<<PHONE:o5f_mobilesp>>｜B
备注：第3位<<PERSON:o3f_sur>>女士孕期，取消胸片；<<PERSON:o4m_full>>需加做肝功能复查。体检费用由单位统一结算，发票抬头<<ORG:c2_company>>，税号<<ID:x1_taxno>>。""",
    "adult_pharmacy_consult": """<<ORG:c1_pharmacy>>用药咨询登记
咨询时间：<<DATE:d2_dateslash>> 19:20　方式：电话（来电<<PHONE:pt_phone86>>）　接待药师：<<PERSON:s1_full>>（执业药师注册证号<<ID:s1_zyz>>）
顾客：<<PERSON:pt_sur>>{pt_hon}（会员卡号<<ID:x1_vip>>，本人用药）
处方信息：处方号<<ID:x2_cfh>>，开方医院<<ORG:c2_hosp>>，开方医生<<PERSON:s2_full>>，开方日期<<DATE:d1_datemd>>
药品：华法林钠片2.5mg，每日1次，每次3/4片；胺碘酮片0.2g，每日1次
问题：最近刷牙牙龈出血，问能不能吃阿司匹林止痛；另外想买辅酶Q10和银杏叶片。
答复：华法林与胺碘酮合用可使INR升高，牙龈出血需尽快查INR（目标2.0-3.0），不建议自行加用阿司匹林，疼痛可用对乙酰氨基酚0.5g必要时服，每日不超过2g；银杏叶制剂可增加出血风险，暂不推荐。已建议联系开方医生或到<<ORG:c3_hosp>>抗凝门诊。
发票：电子发票号<<ID:x3_fph>>，发票代码<<ID:x4_fpdm>>，金额¥86.40，医保统筹支付¥52.10。
回访：<<DATE:d3_datemd>>回访<<PHONE:pt_phone>>，家属<<PERSON:r1_full>>接听，称INR 4.1，医生已将华法林减为半片。""",
    "adult_police_records_request": """<<ORG:c1_police>>
调取证据通知书
<<ID:x1_letter>>

<<ORG:c2_hosp>>病案管理科：
我局正在办理一起故意伤害案（案件编号<<ID:x2_ajbh>>），需调取被害人<<PERSON:pt_full>>（{pt_sex}，身份证号<<ID:pt_rid>>）于<<DATE:d1_date>>至<<DATE:d2_date>>在你院急诊科及骨科住院期间的全部病历资料（含门急诊病历、CT影像及报告、手术记录、伤情诊断证明），以及接诊医生<<PERSON:s1_full>>、<<PERSON:s2_full>>的联系方式。
另需调取犯罪嫌疑人<<PERSON:o1_full>>（身份证号<<ID:o1_ridmask>>）同日在你院就诊的挂号信息。
请于<<DATE:d4_date>>前交办案民警<<PERSON:o2_full>>（警号<<ID:o2_jh>>，电话<<PHONE:o2_mobile>>）、<<PERSON:o3_full>>（警号<<ID:o3_jh>>）。
联系电话：<<PHONE:c1_landline>>
<<DATE:d3_datecn>>（公章）

医院处理记录：医务科<<PERSON:s3_full>>核验两名民警的警官证及介绍信，经分管院长批准，复印病历63页并加盖病案专用章，于<<DATE:d5_datemd>>交付，交接单号<<ID:x3_jjd>>。已电话告知患者本人（<<PHONE:pt_phone344>>）。""",
    "adult_genetic_pedigree": """遗传咨询记录（家族性高胆固醇血症/早发冠心病）
先证者：<<PERSON:pt_full>>，<<AGE:pt_age>>岁，病案号<<ID:pt_mrn>>，LDL-C 6.8mmol/L，跟腱黄色瘤（+），<<DATE:d1_datemd>>因急性前壁心梗行PCI。
咨询师：<<PERSON:s1_full>>　咨询日期：<<DATE:d2_date>>　转诊医生：<<PERSON:s2_sur>>主任（<<ORG:c1_hosp>>心内科）
家系调查（三代）：
Ⅰ代：祖父<<PERSON:g1m_fam>>，52岁猝死；祖母<<PERSON:g2f_full>>，现<<AGE:g2f_oldagecn>>岁，健在，高血压。外祖父<<PERSON:g3m_full>>已故（享年<<AGE:g3m_oldage>>岁，脑梗）；外祖母<<PERSON:g4f_full>>，<<AGE:g4f_oldage>>岁，体健。
Ⅱ代：父亲<<PERSON:r5m_fam>>，45岁心梗，LDL-C 7.2；母亲<<PERSON:r6f_full>>，体健。大伯<<PERSON:r7m_fam>>，LDL-C 5.9，冠脉搭桥术后；姑姑<<PERSON:r8f_fam>>，血脂正常；舅舅<<PERSON:r9m_full>>（住<<LOCATION:x1_city>>）未查。
Ⅲ代：姐姐<<PERSON:r10f_fam>>，LDL-C 5.1；堂弟<<PERSON:k1m_fam>>（大伯之子，17岁），LDL-C 6.3；女儿<<PERSON:k2f_xiao>>（<<PERSON:k2f_fam>>，8岁）未查。
基因检测：LDLR c.1448G>A（p.Trp483*）杂合，<<ORG:c2_lab>>，报告编号<<ID:x2_report>>。
建议：一级亲属级联筛查，已为姐姐<<PERSON:r10f_given>>、堂弟预约<<DATE:d3_datemd>>抽血；家属联系人<<PERSON:r10f_fam>> <<PHONE:r10f_mobile>>，<<EMAIL:r10f_email>>。""",
    "peds_school_leave": """疾病证明书（请假用）
<<ORG:c1_hosp>>儿科门诊　　门诊号：<<ID:x1_mzh>>
姓名：<<PERSON:pt_full>>　性别：{pt_sex}　年龄：<<AGE:pt_age>>岁
学校/班级：<<ORG:c2_school>>三年级（2）班　学号：<<ID:x2_xh>>
诊断：1.甲型流感（J10.1）2.急性化脓性扁桃体炎
病情及建议：患儿于<<DATE:d1_date>>起发热，最高39.6℃，甲流抗原（+），予奥司他韦颗粒45mg bid×5天。建议休息至<<DATE:d2_date>>，体温正常48小时后方可返校。
医师：<<PERSON:s1_full>>　日期：<<DATE:d1_date>>（盖章）

家长请假消息（班级群，昵称"<<PERSON:r1f_net>>"）：
@<<PERSON:o1_sur>>老师 您好，我是<<PERSON:pt_xiao>>（<<PERSON:pt_full>>）的妈妈，孩子甲流了，医生说休息到<<DATE:d2_datemd>>，病假条拍照发您了。作业我让同桌<<PERSON:k1_full>>帮忙带回来。有事打我电话<<PHONE:r1f_mobile344>>或者孩子爸爸<<PHONE:r2m_mobile>>。
班主任回复：收到，<<PERSON:pt_given>>好好休息！已报备校医室（<<PERSON:o3_sur>>医生），返校需提交复课证明。""",
    "geri_authorization_letter": """授权委托书
委托人：<<PERSON:pt_full>>，{pt_sex}，<<DATE:pt_dobcn>>出生，身份证号：<<ID:pt_rid>>，住址：{pt_province}<<LOCATION:pt_city>><<ADDRESS:pt_street>>，电话：<<PHONE:pt_phone>>
受托人：<<PERSON:r1f_full>>，系委托人之外甥女，身份证号：<<ID:r1f_rid>>，电话：<<PHONE:r1f_mobile>>，工作单位：<<ORG:c1_company>>
委托事项：委托人因年事已高（现年<<AGE:pt_agecn>>岁）、行动不便，特委托受托人代为办理在<<ORG:c2_hosp>>的住院、手术知情同意签字、病历复印、医保结算等事宜。
委托期限：自<<DATE:d1_date>>至<<DATE:d2_date>>。
委托人（签字/按手印）：<<PERSON:pt_full>>　　受托人（签字）：<<PERSON:r1f_full>>
见证人：<<PERSON:o1_full>>（<<ORG:x1_jwh>>工作人员，电话<<PHONE:o1_landline>>）
<<DATE:d1_datecn>>

附：法院指定监护情况说明
据<<ORG:c3_court>>民事判决书（<<ID:x2_case>>），<<PERSON:r2m_full>>（委托人之子，<<DATE:r2m_dobcn>>出生）被宣告为无民事行为能力人，指定委托人为其监护人。委托人住院期间，<<PERSON:r2m_given>>暂由<<ORG:c4_nursing>>照护，联系人<<PERSON:o2_sur>>院长，电话<<PHONE:c4_landline>>。""",
    "adult_cross_border_referral": """跨境医疗资料接收登记（<<ORG:c1_hosp>>国际医疗部）
患者：<<PERSON:pt_full>>（<<PERSON:pt_pinyincaps>>）　港澳通行证：<<ID:pt_gat>>　病案号：<<ID:pt_mrn>>
联系电话：<<PHONE:pt_phone86>>；香港电话<<PHONE:pt_hkphone>>
外院资料来源：<<ORG:c2_hkhosp>>（香港），主诊医生<<PERSON:hk1_trad>>醫生（Dr <<PERSON:hk1_roman>>），電話<<PHONE:hk1_hkphone>>，傳真<<PHONE:c2_hkfax>>
外院诊断：彌漫性大B細胞淋巴瘤（DLBCL），IIIA期，<<DATE:d1_dateen>>起R-CHOP方案化疗4周期，末次<<DATE:d2_dateen>>。
在港联系人：表姐<<PERSON:hk2f_trad>>，住<<ADDRESS:hk2f_hkaddr>>，電話<<PHONE:hk2f_hkphone>>，香港身份證<<ID:hk2f_hkid>>（供保险核对）
台湾亲属：叔叔<<PERSON:tw1m_trad>>（<<PERSON:tw1m_roman>>），<<LOCATION:tw1m_twcity>><<ADDRESS:tw1m_twstreet>>，手机<<PHONE:tw1m_twphone>>，台胞证号<<ID:tw1m_twz>>
转诊接收：<<ORG:c1_hosp>>血液科<<PERSON:s1_full>>主任，于<<DATE:d3_date>>安排入院（住院号<<ID:x2_zyh>>），后续化疗在内地完成。商业保险：<<ORG:c3_insurer>>，保单<<ID:x3_bdh>>。
资料翻译：<<PERSON:s2_full>>；核对：<<PERSON:s3_full>>。患者邮箱<<EMAIL:pt_email>>。""",
    "work_checkup_report": """<<ORG:c1_hosp>>健康管理中心　个人体检报告
体检号：<<ID:x1_tjh>>　体检日期：<<DATE:d1_date>>　单位：<<ORG:c2_company>>（团检）
姓名：<<PERSON:pt_full>>　性别：{pt_sex}　年龄：<<AGE:pt_age>>　手机：<<PHONE:pt_phonemask>>　证件号：<<ID:pt_ridmask>>
一、一般检查：身高168.0cm　体重71.5kg　BMI 25.3　血压{bp}mmHg　脉搏{hr}次/分（检查医生：<<PERSON:s1_full>>）
二、内科：心肺听诊未见异常；腹软，肝脾肋下未触及。（<<PERSON:s2_full>>）
三、检验：ALT 62U/L↑　AST 41U/L　TG 2.86mmol/L↑　TC 5.92mmol/L↑　LDL-C 3.91mmol/L↑　UA 486μmol/L↑　FPG 6.3mmol/L↑　HbA1c 6.1%　尿蛋白（-）潜血（±）
四、影像：腹部彩超：脂肪肝（中度）；胆囊息肉样病变（0.4×0.3cm）。胸部低剂量CT：右肺上叶磨玻璃结节（5mm，Lung-RADS 2类）。（报告医生：<<PERSON:s3_full>>，审核：<<PERSON:s4_full>>）
五、总检建议：控制体重，低脂低嘌呤饮食；肝功能、血脂3个月后复查；肺结节请于<<DATE:d2_datemy>>复查低剂量CT。
主检医生：<<PERSON:s5_full>>　报告日期：<<DATE:d3_date>>
报告查询：<<URL:x2_short>>（查询码{code}）　健康管理咨询：<<PHONE:c1_landline>>　电子报告已发送至<<EMAIL:pt_email>>""",
    "geri_home_nursing_visit": """"互联网+护理服务"上门记录　订单号<<ID:x1_ddh>>
服务平台：<<ORG:c1_platform>>　执行机构：<<ORG:c2_hosp>>　护士：<<PERSON:s1_full>>（执业证书编号<<ID:s1_zs>>）　陪同：<<PERSON:s2_full>>（护工）
服务对象：<<PERSON:pt_full>>　<<AGE:pt_agecn>>岁　服务地址：<<LOCATION:pt_city>><<ADDRESS:pt_street>>
下单人：<<PERSON:r1f_full>>（孙女）<<PHONE:r1f_mobile>>
服务时间：<<DATE:d2_date>> 09:00—10:10　项目：PICC维护、压力性损伤换药、留置导尿管更换
评估：神志清，Braden评分11分，骶尾部2期压力性损伤约3×2cm，渗液少量；PICC臂围28cm（置管时27cm），穿刺点无红肿。
处置：生理盐水清洗创面，泡沫敷料覆盖；更换PICC敷贴及正压接头，冲管；更换16Fr导尿管，尿色清。
家属交代：老人<<DATE:d1_datemd>>起进食少，女儿<<PERSON:r2f_full>>在<<LOCATION:x2_city>>，每晚视频。邻居老<<PERSON:o1_sur>>帮忙买菜，保姆<<PERSON:o2f_given>>白天在（电话<<PHONE:o2f_mobile>>）。
下次服务：<<DATE:d3_datemd>>。异常情况请联系护士站<<PHONE:c2_landline>>或平台客服<<PHONE:c1_service>>。""",
    "adult_complaint_handling": """患者投诉处理登记　编号<<ID:x1_ts>>
投诉人：<<PERSON:pt_full>>（患者本人），联系电话<<PHONE:pt_phone344>>，邮箱<<EMAIL:pt_email>>
投诉渠道：12345市民热线转办（工单<<ID:x2_gd>>）
投诉内容：<<DATE:d1_date>>晚在<<ORG:c1_hosp>>急诊科就诊，候诊近3小时；分诊护士（胸牌"<<PERSON:s1_given>>"）态度差；医生<<PERSON:s2_full>>未查体即开药；另称同时段另一名患者<<PERSON:o1_full>>由熟人带着插队。
调查：护理部<<PERSON:s3_sur>>护士长调取监控及排队记录：当晚急诊量412人次，投诉人预检分级为Ⅳ级（非急症），实际等候2小时48分；<<PERSON:o1_sur>>某为Ⅱ级（胸痛），优先就诊符合流程。<<PERSON:s2_sur>>医生接诊记录有查体内容（咽部充血，双肺呼吸音清）。
处理结果：向投诉人解释分级就诊制度，分诊护士服务态度问题予以批评教育；由医患办<<PERSON:s4_full>>于<<DATE:d2_date>>电话（<<PHONE:pt_phone>>）回复，投诉人表示接受。
抄送：<<ORG:x3_wjw>>医政医管处""",
}


# Templates whose wording fixes the patient's sex ("her wedding", 岳母, the B+ women's package).
_PATIENT_FEMALE: Final[dict[str, dict[str, bool]]] = {
    "en": {
        "adult_portal_thread": True, "adult_billing_dispute": True, "geri_phone_triage": True, "geri_hospice_idt": True,
        "adult_genetic_pedigree": True, "peds_vaccine_proxy": True, "adult_welfare_check": False,
    },
    "zh": {
        "adult_online_text_consult": False, "geri_wechat_followup": True, "adult_callcentre_record": True,
        "work_group_checkup_list": True, "geri_family_doctor_followup": False,
    },
}  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------------------------
def generate_blind6(language: str, count: int = 500) -> list[SynthNote]:
    """``count`` notes in ``language`` ("en" or "zh"); deterministic for one Faker version.

    Templates are used round-robin in sorted name order; note ids are ``blind6-{language}-0001``...
    """
    if language not in _LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; expected 'en' or 'zh'")
    templates = EN_BLIND6_TEMPLATES if language == "en" else ZH_BLIND6_TEMPLATES
    names = sorted(templates)
    fakers = _Fakers()
    notes: list[SynthNote] = []
    for index in range(count):
        name = names[index % len(names)]
        rng = random.Random(f"{BLIND6_SEED}:{language}:{index}")
        note = _Note(language, rng, fakers, _band(name), _PATIENT_FEMALE[language].get(name))
        text, spans = render(templates[name], _Values(note), age_of=blind6_age_of)
        if not spans:
            raise RuntimeError(f"template {name!r} rendered without gold spans")
        notes.append(
            SynthNote(
                note_id=f"blind6-{language}-{index + 1:04d}",
                split=_SPLIT,
                language=language,
                template=name,
                text=text,
                spans=spans,
                known=note.known,
            )
        )
    return notes
