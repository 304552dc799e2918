# PyInstaller runtime hook: runs inside the bundle before reader starts.
#
# A bundle started from a desktop launcher, or with `env -i`, may find neither
# fonts nor a UTF-8 locale.  Both are fixed here, for Linux only: Windows and
# macOS always have system fonts and Qt does not read the C locale there.
#
# The bootloader also points LD_LIBRARY_PATH at the bundle; programs the app
# starts (xdg-open and the browser behind it, for help links) must not load our
# copies of libstdc++ and glib, so the user's own value is put back.  This
# process is unaffected: the dynamic loader read the variable at start-up.
import os
import sys


def _prepare_linux_environment() -> None:
    bundle = getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))
    fonts_conf = os.path.join(bundle, "fonts", "fonts.conf")
    # Our fonts.conf includes the system's and adds a fallback DejaVu Sans; a
    # user's own FONTCONFIG_* choice wins.
    if not (os.environ.get("FONTCONFIG_FILE") or os.environ.get("FONTCONFIG_PATH")):
        if os.path.isfile(fonts_conf):
            os.environ["FONTCONFIG_FILE"] = fonts_conf
    # No locale at all means "C": Qt then warns on stderr and switches to
    # C.UTF-8 by itself.  Say so up front, without overriding a real setting.
    if not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
        os.environ["LC_CTYPE"] = "C.UTF-8"
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


if sys.platform.startswith("linux"):
    _prepare_linux_environment()
