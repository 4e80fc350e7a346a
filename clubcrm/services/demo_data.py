"""The word pools the demo club is drawn from: names, phones, channels, tags.

Weights are rough shares, not statistics to quote: enough that the demo looks
like a real club's member list (many 王 and 李, a few 欧阳, lots of 梓涵 among
the children) and that search and lists are exercised with realistic skew.
"""

from __future__ import annotations

# Surnames with approximate shares of the mainland population, in percent.
SURNAMES: tuple[tuple[str, float], ...] = (
    ("王", 7.25), ("李", 7.19), ("张", 6.83), ("刘", 5.38), ("陈", 4.53), ("杨", 3.08),
    ("黄", 2.23), ("赵", 2.19), ("吴", 2.05), ("周", 1.89), ("徐", 1.34), ("孙", 1.26),
    ("马", 1.22), ("朱", 1.18), ("胡", 1.14), ("郭", 1.11), ("何", 0.95), ("高", 0.93),
    ("林", 0.91), ("罗", 0.86), ("郑", 0.81), ("梁", 0.80), ("谢", 0.65), ("宋", 0.64),
    ("唐", 0.63), ("许", 0.60), ("韩", 0.58), ("冯", 0.57), ("邓", 0.56), ("曹", 0.55),
    ("彭", 0.54), ("曾", 0.52), ("肖", 0.50), ("田", 0.49), ("董", 0.48), ("袁", 0.47),
    ("潘", 0.44), ("于", 0.43), ("蒋", 0.42), ("蔡", 0.41), ("余", 0.40), ("杜", 0.39),
    ("叶", 0.38), ("程", 0.37), ("苏", 0.36), ("魏", 0.35), ("吕", 0.34), ("丁", 0.33),
    ("任", 0.32), ("沈", 0.31), ("姚", 0.30), ("卢", 0.30), ("姜", 0.29), ("崔", 0.28),
    ("钟", 0.27), ("谭", 0.26), ("陆", 0.26), ("汪", 0.25), ("范", 0.25), ("金", 0.24),
    ("石", 0.24), ("廖", 0.23), ("贾", 0.23), ("夏", 0.22), ("韦", 0.22), ("付", 0.21),
    ("方", 0.21), ("白", 0.20), ("邹", 0.20), ("孟", 0.19), ("熊", 0.19), ("秦", 0.18),
    ("邱", 0.18), ("江", 0.17), ("尹", 0.17), ("薛", 0.16), ("闫", 0.16), ("段", 0.15),
    ("雷", 0.15), ("侯", 0.14), ("龙", 0.14), ("史", 0.14), ("陶", 0.13), ("黎", 0.13),
    ("贺", 0.13), ("顾", 0.12), ("毛", 0.12), ("郝", 0.12), ("龚", 0.11), ("邵", 0.11),
    ("万", 0.11), ("钱", 0.10), ("严", 0.10), ("覃", 0.10), ("武", 0.10), ("戴", 0.10),
    ("莫", 0.09), ("孔", 0.09), ("向", 0.09), ("汤", 0.09),
    ("欧阳", 0.03), ("司马", 0.01), ("上官", 0.01), ("诸葛", 0.01),
)

# Given-name characters by gender; a two-character given name may start with
# one of the shared characters.
FEMALE_CHARS = tuple(
    "秀英华玲芳燕丽娟敏静艳霞红梅琳萍婷雪慧颖倩洁丹晶琴佳欣怡雯璐蕾莉"
    "薇妍悦彤瑶涵诗梦雨思嘉馨月琪露兰凤桂春淑美云莹婉瑜娜"
)
MALE_CHARS = tuple(
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳亮成峰"
    "建国志文博然轩航泽睿哲东海毅坤庆宏彬振兵光锋荣新"
)
SHARED_FIRST_CHARS = tuple("子梓一思欣晓小文嘉永海建志天雨家俊明佳安宇梦春")

# Children's given names follow the fashions of the 2010s and 2020s.
GIRL_NAMES = (
    "梓涵", "欣怡", "子涵", "诗涵", "梓萱", "一诺", "雨桐", "可馨", "语汐", "若汐", "思彤",
    "佳怡", "梦瑶", "欣妍", "紫涵", "依诺", "芷若", "沐瑶", "安琪", "晨曦", "雨欣", "悦",
)
BOY_NAMES = (
    "子轩", "浩然", "梓轩", "宇轩", "俊杰", "浩宇", "一鸣", "子墨", "宇航", "皓轩", "睿泽",
    "沐辰", "梓睿", "铭轩", "子豪", "博文", "奕辰", "嘉懿", "思远", "天佑", "航", "宸",
)

# Real mobile prefixes of the three carriers (and 17x resellers).
PHONE_PREFIXES = (
    *(str(p) for p in range(130, 140)),
    "150", "151", "152", "153", "155", "156", "157", "158", "159",
    "166", "170", "173", "175", "176", "177", "178",
    *(str(p) for p in range(180, 190)),
    "191", "198", "199",
)

SOURCE_CHANNELS: tuple[tuple[str, float], ...] = (
    ("美团/大众点评", 25), ("抖音", 15), ("小红书", 10), ("朋友推荐", 18), ("会员转介绍", 10),
    ("路过进店", 12), ("地推活动", 5), ("老系统导入", 5),
)

ADULT_TAGS: tuple[tuple[str, float], ...] = (
    ("健身", 20), ("游泳", 15), ("瑜伽", 10), ("私教", 7), ("推拿", 9), ("美发", 14),
    ("美容", 10), ("汗蒸", 6), ("搓澡", 6), ("足疗", 5), ("团课", 6), ("减脂", 5),
    ("储值大客户", 3),
)
CHILD_TAGS: tuple[tuple[str, float], ...] = (
    ("亲子", 30), ("游泳", 40), ("婴儿游泳", 20), ("体适能", 10), ("储值大客户", 2),
)
BIRTHDAY_TAG = "生日月"
# How many tags a member has: 0, 1, 2 or 3.
TAG_COUNT_WEIGHTS = (30, 35, 25, 10)

NOTES = (
    "对芒果过敏", "膝盖旧伤", "喜欢早上来", "腰椎间盘突出，避免负重", "海鲜过敏",
    "高血压，注意水温", "怕冷，水温调高一点", "只约女技师", "周末才有空", "请勿电话营销",
    "需要开发票", "左肩旧伤", "头皮敏感，用温和洗发水", "喜欢安静的包间", "老会员，注意服务",
    "颈椎不好，推拿轻一点",
)
CHILD_NOTES = ("孩子怕水，慢慢来", "湿疹，洗后涂润肤霜", "对鸡蛋过敏", "妈妈陪同下水")

# (relation, weight, guardian's gender, shares the child's surname)
GUARDIAN_RELATIONS: tuple[tuple[str, float, str, bool], ...] = (
    ("妈妈", 62, "female", False), ("爸爸", 28, "male", True),
    ("奶奶", 4, "female", False), ("外婆", 4, "female", False), ("爷爷", 2, "male", True),
)

# Age bands of today's members (years, inclusive) and their weights: a few
# children for baby swim and kids' classes, most members 25-45.
AGE_BANDS: tuple[tuple[int, int, float], ...] = (
    (3, 13, 10), (14, 17, 3), (18, 24, 12), (25, 34, 28), (35, 44, 22), (45, 54, 13),
    (55, 64, 8), (65, 75, 4),
)
CHILD_AGE = 14  # members younger than this have a guardian on file

# -- the catalogue and the money history ---------------------------------------
# Prices are in fen, as everywhere: 3800 is ¥38.00.

# (name, category, price in fen)
SERVICES: tuple[tuple[str, str, int], ...] = (
    ("游泳单次", "游泳", 3800), ("婴儿游泳", "游泳", 12800), ("儿童游泳课", "游泳", 15000),
    ("游泳私教课", "游泳", 26800), ("健身单次", "健身", 5000), ("私教课", "健身", 30000),
    ("瑜伽团课", "健身", 8800), ("动感单车", "健身", 6800), ("儿童体适能", "健身", 15000),
    ("推拿60分钟", "理疗", 16800), ("肩颈按摩", "理疗", 12800), ("足疗", "理疗", 9800),
    ("汗蒸", "洗浴", 6800), ("搓澡", "洗浴", 3800), ("洗剪吹", "美发", 6800),
    ("烫发", "美发", 38800), ("染发", "美发", 32800), ("面部护理", "美容", 26800),
)
# What members buy when no card covers it: (service, weight).
ADULT_SERVICES: tuple[tuple[str, float], ...] = (
    ("游泳单次", 20), ("健身单次", 15), ("私教课", 4), ("瑜伽团课", 8), ("动感单车", 5),
    ("推拿60分钟", 8), ("肩颈按摩", 6), ("足疗", 6), ("汗蒸", 6), ("搓澡", 6), ("洗剪吹", 10),
    ("烫发", 2), ("染发", 2), ("面部护理", 4), ("游泳私教课", 2),
)
CHILD_SERVICES: tuple[tuple[str, float], ...] = (
    ("婴儿游泳", 40), ("儿童游泳课", 30), ("儿童体适能", 20), ("游泳单次", 10),
)

# Stored-value cards: (name, discount per mille, ((pay, bonus), ...)) — 充1000送200.
STORED_VALUE_PRODUCTS: tuple[tuple[str, int, tuple[tuple[int, int], ...]], ...] = (
    ("储值卡", 950, ((50_000, 5_000), (100_000, 20_000), (200_000, 50_000),
                    (500_000, 150_000))),
    ("尊享储值卡", 880, ((1_000_000, 300_000), (2_000_000, 700_000))),
)
# Count cards: (name, price, sessions, valid days, services it covers).
COUNT_PRODUCTS: tuple[tuple[str, int, int, int, tuple[str, ...]], ...] = (
    ("游泳10次卡", 34_000, 10, 180, ("游泳单次",)),
    ("游泳20次卡", 64_000, 20, 365, ("游泳单次",)),
    ("婴儿游泳10次卡", 108_000, 10, 180, ("婴儿游泳",)),
    ("儿童游泳课20次卡", 260_000, 20, 365, ("儿童游泳课", "儿童体适能")),
    ("推拿10次卡", 138_000, 10, 365, ("推拿60分钟", "肩颈按摩", "足疗")),
    ("私教20次卡", 480_000, 20, 365, ("私教课",)),
)
# Period cards: (name, price, valid days, valid months, services it covers).
PERIOD_PRODUCTS: tuple[tuple[str, int, int, int, tuple[str, ...]], ...] = (
    ("健身月卡", 39_900, 0, 1, ("健身单次", "瑜伽团课", "动感单车")),
    ("健身季卡", 99_900, 0, 3, ("健身单次", "瑜伽团课", "动感单车")),
    ("健身年卡", 299_900, 0, 12, ("健身单次", "瑜伽团课", "动感单车")),
    ("游泳年卡", 258_000, 0, 12, ("游泳单次",)),
    ("暑期游泳卡", 88_000, 60, 0, ("游泳单次", "儿童游泳课")),
)
# The cards a member keeps buying: (product names, weight). About two in three
# members hold a card; the others pay at the desk.
ADULT_PLANS: tuple[tuple[tuple[str, ...], float], ...] = (
    ((), 30), (("储值卡",), 26), (("尊享储值卡",), 3), (("游泳10次卡",), 6),
    (("游泳20次卡",), 3), (("推拿10次卡",), 4), (("私教20次卡",), 2), (("健身月卡",), 5),
    (("健身季卡",), 4), (("健身年卡",), 4), (("游泳年卡",), 2), (("储值卡", "推拿10次卡"), 4),
    (("储值卡", "健身年卡"), 3), (("储值卡", "游泳20次卡"), 3),
)
CHILD_PLANS: tuple[tuple[tuple[str, ...], float], ...] = (
    ((), 15), (("婴儿游泳10次卡",), 35), (("儿童游泳课20次卡",), 20), (("储值卡",), 15),
    (("暑期游泳卡",), 5), (("储值卡", "婴儿游泳10次卡"), 10),
)
# The heavy member: a company's staff-welfare card, used by its employees all day.
HEAVY_PRODUCT = "尊享储值卡"

# Tier rules by rank (rank 0 is the base tier): (discount per mille, points per
# yuan, upgrade at this trailing 12-month spend in fen, after N active months).
TIER_RULES: tuple[tuple[int, int, int | None, int], ...] = (
    (1000, 1, None, 0), (980, 1, 300_000, 3), (950, 2, 1_000_000, 6), (900, 3, 3_000_000, 9),
)

PAYMENT_METHODS: tuple[tuple[str, float], ...] = (
    ("wechat", 45), ("alipay", 30), ("cash", 15), ("bank_card", 10),
)
# (gift, points): the gift is the redemption's reason, as the app records it
GIFTS: tuple[tuple[str, int], ...] = (
    ("毛巾", 800), ("游泳眼镜", 1500), ("保温杯", 2000),
    ("单次游泳券", 1200), ("瑜伽垫", 3500), ("按摩券", 5000),
)
FREEZE_REASONS = ("出差", "受伤休养", "怀孕", "回老家过年", "工作太忙", "搬家装修")
REFUND_REASONS = ("搬家离开本市", "不再需要", "对服务不满意", "身体原因不能继续", "家人代办退卡")
REVERSAL_REASONS = ("录错项目", "录错金额", "重复录入", "顾客取消", "选错会员卡")
