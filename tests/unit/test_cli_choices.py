"""The CLI's argument choices are copies (so ``dudao --help`` starts fast): keep them in step."""

from dudao_desktop.commands import ledger as ledger_command
from dudao_desktop.services import ledger_export, letters


def test_ledger_command_choices_match_the_services():
    assert tuple(ledger_command.EXPORT_KINDS) == tuple(ledger_export.KINDS)
    assert tuple(ledger_command.LETTER_KINDS) == tuple(letters.LETTER_KINDS)


def test_user_roles_match_the_vocabulary():
    from dudao_desktop.commands import users as user_command
    from dudao_desktop.model.vocab import USER_ROLES

    assert tuple(user_command.ROLES) == tuple(USER_ROLES)


def test_vocabulary_names_match_the_extendable_vocabularies():
    from dudao_desktop.commands import vocabulary as vocabulary_command
    from dudao_desktop.services.vocabulary import EXTENDABLE

    assert sorted(vocabulary_command.VOCABULARIES) == sorted(EXTENDABLE)
