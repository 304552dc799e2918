"""Errors a user can cause.  Their message is shown as is: one human sentence."""


class ParallaxError(Exception):
    """Base for every error that is the input's fault, not the program's.

    The CLI prints ``str(error)`` on one line and exits with status 2; the
    window shows it in a dialog.  Never raise it for a programming mistake.
    """


class DocumentError(ParallaxError):
    """A source file cannot be read as an article."""


class TagError(ParallaxError):
    """A tag, tag file or tag store problem the user can act on."""


class TagChangedElsewhere(TagError):
    """A change was made on a copy of a tag that another window or an import has since changed."""


def as_sentence(message: str) -> str:
    """A message as a sentence in a dialog: capital first, full stop last.  The command line
    prints messages after "parallax: ", in lower case and unstopped, as command-line tools do.
    A message that opens with a file's name ("tags.csv: cannot be read") keeps it as it is."""
    message = message.strip()
    if not message:
        return message
    first_word = message.split(None, 1)[0]
    # A file's name first ("tags.csv: …", "draft: no such file") is written as the file is.
    if not (first_word.endswith(":") or any(char in first_word for char in "./\\")):
        message = message[:1].upper() + message[1:]
    # A stop inside closing quotes or brackets ends it too: '… "Read more."', "(see the list.)".
    ended = message.rstrip("\"'”’)]»").endswith((".", "!", "?", "…"))
    return message if ended else message + "."
