"""The only code path that changes data: small keyword-only operations, one transaction each.

Every operation returns ``Changes`` (a tuple of ``Change``) that ``revert`` undoes and ``reapply`` redoes.
"""

from facilitator.operations.capture import (
    CAPTURE_SLOT,
    CaptureState,
    Draft,
    clear_draft,
    get_capture_state,
    get_drafts,
    interrupted_meetings,
    item_slot,
    save_capture_state,
    save_draft,
)
from facilitator.operations.core import Change, Changes, OperationError, reapply, revert
from facilitator.operations.grouping import confirm_group, forget_group, split_group
from facilitator.operations.items import (
    KEEP,
    add_item,
    delete_item,
    indent_item,
    move_item,
    outdent_item,
    update_item,
)
from facilitator.operations.meetings import (
    DEFAULT_TITLE,
    TEMPLATE_SECTIONS,
    create_meeting,
    delete_meeting,
    duplicate_meeting,
    template_sections,
    update_meeting,
)
from facilitator.operations.people import (
    add_agenda_item,
    add_participant,
    add_participants,
    delete_agenda_item,
    delete_participant,
    move_agenda_item,
    move_participant,
    update_agenda_item,
    update_participant,
)
from facilitator.operations.queries import MeetingRow, get_meeting, list_meetings, meeting_row
from facilitator.operations.responses import Response, clear_response, get_responses, set_response
from facilitator.operations.sections import add_section, delete_section, move_section, update_section
from facilitator.operations.tags import merge_tags, rename_tag
from facilitator.operations.templates import (
    TemplateRow,
    create_meeting_from_template,
    delete_template,
    list_templates,
    save_template,
)

__all__ = [
    "CAPTURE_SLOT",
    "DEFAULT_TITLE",
    "KEEP",
    "TEMPLATE_SECTIONS",
    "CaptureState",
    "Change",
    "Changes",
    "Draft",
    "MeetingRow",
    "OperationError",
    "Response",
    "TemplateRow",
    "add_agenda_item",
    "add_item",
    "add_participant",
    "add_participants",
    "add_section",
    "clear_draft",
    "clear_response",
    "confirm_group",
    "create_meeting",
    "create_meeting_from_template",
    "delete_agenda_item",
    "delete_item",
    "delete_meeting",
    "delete_participant",
    "delete_section",
    "delete_template",
    "duplicate_meeting",
    "forget_group",
    "get_capture_state",
    "get_drafts",
    "get_meeting",
    "get_responses",
    "indent_item",
    "interrupted_meetings",
    "item_slot",
    "list_meetings",
    "list_templates",
    "meeting_row",
    "merge_tags",
    "move_agenda_item",
    "move_item",
    "move_participant",
    "move_section",
    "outdent_item",
    "reapply",
    "rename_tag",
    "revert",
    "save_capture_state",
    "save_draft",
    "save_template",
    "set_response",
    "split_group",
    "template_sections",
    "update_agenda_item",
    "update_item",
    "update_meeting",
    "update_participant",
    "update_section",
]
