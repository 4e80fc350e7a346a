"""Which column holds what: the header row found below titles, columns mapped
from Chinese and English synonyms, and mappings saved for the next file of
the same layout (or given as a JSON file on the command line)."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from clubcrm.db.database import Database
from clubcrm.db.models import ImportMappingRow
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.import_values import Cell, as_text
from clubcrm.domain.translatable import N_

HEADER_SEARCH_ROWS = 30
MIN_HEADER_FIELDS = 2
PART_SEPARATOR = " / "  # between a two-row header's group title and its sub-header


class Field(StrEnum):
    """What a column of a member list or a history file can hold."""

    MEMBER_NO = "member_no"
    NAME = "name"
    PHONE = "phone"
    GENDER = "gender"
    BIRTHDAY = "birthday"
    JOINED_ON = "joined_on"
    TIER = "tier"
    BALANCE = "balance"
    BONUS = "bonus"
    SESSIONS = "sessions"
    VALID_UNTIL = "valid_until"
    POINTS = "points"
    PRODUCT = "product"
    NOTES = "notes"
    TAGS = "tags"
    SOURCE = "source_channel"
    GUARDIAN_NAME = "guardian_name"
    GUARDIAN_RELATION = "guardian_relation"
    GUARDIAN_PHONE = "guardian_phone"
    # consumption history
    AT = "at"
    AMOUNT = "amount"
    ITEM = "item"
    PAYMENT = "payment"


MEMBER_FIELDS = (Field.MEMBER_NO, Field.NAME, Field.PHONE, Field.GENDER, Field.BIRTHDAY,
                 Field.JOINED_ON, Field.TIER, Field.BALANCE, Field.BONUS, Field.SESSIONS,
                 Field.VALID_UNTIL, Field.POINTS, Field.PRODUCT, Field.NOTES, Field.TAGS,
                 Field.SOURCE, Field.GUARDIAN_NAME, Field.GUARDIAN_RELATION,
                 Field.GUARDIAN_PHONE)
HISTORY_FIELDS = (Field.MEMBER_NO, Field.PHONE, Field.NAME, Field.AT, Field.AMOUNT, Field.ITEM,
                  Field.PAYMENT)

FIELD_LABELS = {
    Field.MEMBER_NO: N_("Member number"),
    Field.NAME: N_("Name"),
    Field.PHONE: N_("Mobile phone"),
    Field.GENDER: N_("Gender"),
    Field.BIRTHDAY: N_("Birthday"),
    Field.JOINED_ON: N_("Join date"),
    Field.TIER: N_("Tier"),
    Field.BALANCE: N_("Balance (principal)"),
    Field.BONUS: N_("Bonus balance"),
    Field.SESSIONS: N_("Remaining sessions"),
    Field.VALID_UNTIL: N_("Expiry date"),
    Field.POINTS: N_("Points"),
    Field.PRODUCT: N_("Card product"),
    Field.NOTES: N_("Notes"),
    Field.TAGS: N_("Tags"),
    Field.SOURCE: N_("Source channel"),
    Field.GUARDIAN_NAME: N_("Guardian's name"),
    Field.GUARDIAN_RELATION: N_("Guardian's relation"),
    Field.GUARDIAN_PHONE: N_("Guardian's phone"),
    Field.AT: N_("Date and time"),
    Field.AMOUNT: N_("Amount"),
    Field.ITEM: N_("Item"),
    Field.PAYMENT: N_("Payment method"),
}

# Data: the headers old systems and hand-kept sheets use, normalised by `header_key`.
SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.MEMBER_NO: ("会员卡号", "卡号", "会员编号", "会员号", "编号", "会员卡", "卡号/编号",
                      "memberno", "membernumber", "memberid", "cardno", "cardnumber", "no"),
    Field.NAME: ("姓名", "会员姓名", "名字", "客户姓名", "客户名称", "顾客姓名", "会员名称",
                 "name", "membername", "fullname"),
    Field.PHONE: ("手机", "手机号", "手机号码", "电话", "联系电话", "电话号码", "移动电话",
                  "联系方式", "会员手机", "mobile", "phone", "telephone", "tel", "cell",
                  "mobilephone"),
    Field.GENDER: ("性别", "gender", "sex"),
    Field.BIRTHDAY: ("生日", "出生日期", "出生年月", "出生年月日", "birthday", "birthdate",
                     "dateofbirth", "dob"),
    Field.JOINED_ON: ("开卡日期", "入会日期", "注册日期", "办卡日期", "加入日期", "开卡时间",
                      "注册时间", "入会时间", "joindate", "joined", "joinedon",
                      "registrationdate"),
    Field.TIER: ("等级", "会员等级", "级别", "会员级别", "tier", "level", "grade"),
    Field.BALANCE: ("余额", "卡内余额", "储值余额", "本金余额", "账户余额", "剩余金额", "本金",
                    "balance", "storedvalue", "principal"),
    Field.BONUS: ("赠送余额", "赠送金额", "赠额", "赠送", "赠金", "bonus", "bonusbalance"),
    Field.SESSIONS: ("剩余次数", "次数", "剩余次", "可用次数", "剩余课时", "remainingsessions",
                     "sessions"),
    Field.VALID_UNTIL: ("到期日期", "有效期", "有效期至", "截止日期", "到期时间", "失效日期",
                        "到期日", "expiry", "expirydate", "validuntil", "expires"),
    Field.POINTS: ("积分", "剩余积分", "可用积分", "当前积分", "points"),
    Field.PRODUCT: ("卡类型", "卡种", "卡类别", "卡名称", "会员卡类型", "cardtype", "cardproduct",
                      "product"),
    Field.NOTES: ("备注", "说明", "notes", "note", "remark", "remarks", "comment"),
    Field.TAGS: ("标签", "tags", "tag"),
    Field.SOURCE: ("来源", "来源渠道", "渠道", "source", "channel", "sourcechannel"),
    Field.GUARDIAN_NAME: ("监护人", "监护人姓名", "家长", "家长姓名", "guardian", "guardianname",
                          "guardian'sname", "parent", "parentname"),
    Field.GUARDIAN_RELATION: ("关系", "监护人关系", "与会员关系", "与孩子关系", "与宝宝关系",
                              "家长关系", "relation", "relationship", "guardianrelation",
                              "guardian'srelation"),
    Field.GUARDIAN_PHONE: ("监护人电话", "监护人手机", "监护人手机号", "家长电话", "家长手机",
                           "家长联系电话",
                           "guardianphone", "guardian'sphone", "parentphone"),
    Field.AT: ("消费时间", "时间", "日期", "消费日期", "交易时间", "交易日期", "date", "time",
               "datetime"),
    Field.AMOUNT: ("金额", "消费金额", "实收", "实收金额", "实付金额", "amount"),
    Field.ITEM: ("项目", "消费项目", "服务项目", "商品", "商品名称", "item", "service"),
    Field.PAYMENT: ("支付方式", "付款方式", "结算方式", "payment", "paymentmethod", "method"),
}
_UNIT = re.compile(r"[(（\[【].*?[)）\]】]|[:：*＊#]")
Mapping = dict[int, Field]  # column index -> field


def header_key(text: Cell) -> str:
    """A header cell compared without case, spaces, units like `(元)` or marks."""
    cleaned = unicodedata.normalize("NFKC", as_text(text)).lower()
    return "".join(_UNIT.sub("", cleaned).split()).replace("_", "").replace("-", "")


def _lookup(fields: Sequence[Field]) -> dict[str, Field]:
    return {synonym: field for field in fields for synonym in SYNONYMS[field]}


def auto_mapping(headers: Sequence[Cell], fields: Sequence[Field] = MEMBER_FIELDS) -> Mapping:
    """Each column whose header is a known synonym, mapped; the first column
    wins when two name the same field. A two-row header (`卡内余额 / 本金`) is
    tried whole, then by its lower part, then by its group title."""
    lookup = _lookup(fields)
    mapping: Mapping = {}
    for index, header in enumerate(headers):
        parts = as_text(header).split(PART_SEPARATOR)
        candidates = [as_text(header), *reversed(parts)] if len(parts) > 1 else [header]
        field = next((found for candidate in candidates
                      if (found := lookup.get(header_key(candidate))) is not None
                      and found not in mapping.values()), None)
        if field is not None:
            mapping[index] = field
    return mapping


def signature(headers: Sequence[Cell]) -> str:
    """The layout of a file: its normalised headers, hashed."""
    text = "\x1f".join(header_key(header) for header in headers)
    return hashlib.sha256(text.encode()).hexdigest()


def mapping_from_names(headers: Sequence[Cell], names: dict[str, str]) -> Mapping:
    """A mapping given as {header text: field name} (a saved mapping or a file)."""
    keys = {header_key(name): value for name, value in names.items()}
    mapping: Mapping = {}
    for index, header in enumerate(headers):
        value = keys.get(header_key(header))
        if value:
            try:
                mapping[index] = Field(value)
            except ValueError:
                raise ValidationError(N_("Unknown field {name} in the column mapping."),
                                      field="mapping", name=value) from None
    return mapping


def names_of(headers: Sequence[Cell], mapping: Mapping) -> dict[str, str]:
    return {as_text(headers[index]): field.value for index, field in mapping.items()
            if index < len(headers)}


def read_mapping_file(path: Path) -> dict[str, str]:
    """A JSON object {header text: field}, as `--mapping FILE` takes it."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise ValidationError(N_("Cannot read the mapping file {path}: {reason}"),
                              path=str(path), reason=str(exc)) from None
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise ValidationError(N_("The mapping file {path} must be a JSON object of "
                                 "header: field."), path=str(path))
    return {str(key): value for key, value in data.items()}


class MappingStore:
    """Mappings saved for the next file of the same layout."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, headers: Sequence[Cell], mapping: Mapping) -> None:
        with self._db.write() as session:
            session.merge(ImportMappingRow(
                signature=signature(headers),
                mapping=json.dumps(names_of(headers, mapping), ensure_ascii=False),
                saved_at=datetime.now()))

    def load(self, headers: Sequence[Cell]) -> Mapping | None:
        with self._db.read() as session:
            row = session.get(ImportMappingRow, signature(headers))
        return mapping_from_names(headers, json.loads(row.mapping)) if row else None
