"""The double-click bundle (issue #5): packaging files, the install script, and a real build.

The fast tests check what ships beside the build (desktop entry, AppStream
metadata, icons, the trimming rules, install-linux.sh).  The slow ones run
``bash packaging/build.sh`` once, as a user would, and start the built
executable with an empty environment to take a screenshot of the sample story.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.parallax_reader.Parallax"
DESKTOP = PACKAGING / "parallax.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MAX_BUNDLE_BYTES = 130 * 1024 * 1024
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def _tree_bytes(folder: Path) -> int:
    return sum(
        (Path(base) / name).lstat().st_size
        for base, _dirs, files in os.walk(folder)
        for name in files
    )


# --- files that ship beside the build --------------------------------------------------


def test_desktop_entry_is_valid():
    tool = shutil.which("desktop-file-validate")
    if not tool:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_appstream_metainfo_is_valid():
    tool = shutil.which("appstreamcli")
    if not tool:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_the_desktop_entry_and_current_version():
    text = METAINFO.read_text(encoding="utf-8")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{DESKTOP.name}</launchable>' in text
    assert f'<release version="{version}"' in text, "add a <release> for the pyproject version"


def test_icons_exist_in_every_size():
    assert (ICONS / "parallax.svg").is_file()
    for size in ICON_SIZES:
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "parallax.png"
        assert _png_size(png) == (size, size)
    ico = (ICONS / "parallax.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and struct.unpack("<H", ico[4:6])[0] >= 5
    assert (ICONS / "parallax.icns").read_bytes()[:4] == b"icns"


def test_trim_keeps_what_a_window_needs_and_drops_the_rest():
    trim = _load("trim")
    plugins = "PySide6/Qt/plugins/"
    assert trim.keep_plugin(plugins + "platforms/libqoffscreen.so")
    assert trim.keep_plugin(plugins + "platforms/libqxcb.so")
    assert trim.keep_plugin(plugins + "imageformats/libqsvg.so")
    assert trim.keep_plugin("PySide6/plugins/platforms/qwindows.dll")
    assert trim.keep_plugin(plugins + "iconengines/libqsvgicon.dylib")
    assert not trim.keep_plugin(plugins + "platformthemes/libqgtk3.so")
    assert not trim.keep_plugin(plugins + "tls/libqopensslbackend.so")
    assert not trim.keep_plugin(plugins + "platforms/libqvnc.so")
    assert trim.is_translation("PySide6/Qt/translations/qtbase_de.qm")
    assert trim.plugin_category("PySide6/Qt/lib/libQt6Core.so.6") is None


def test_trim_drops_links_whose_target_was_dropped():
    trim = _load("trim")
    binaries = [("PySide6/Qt/lib/libQt6Gui.so.6", "/x/libQt6Gui.so.6", "BINARY")]
    datas = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qt_de.qm", "/x/qt_de.qm", "DATA"),
    ]
    kept_binaries, kept_datas = trim.trim(binaries, datas, platform="win32")
    assert kept_binaries == binaries
    assert [dest for dest, _, _ in kept_datas] == ["libQt6Gui.so.6"]


def test_windows_version_numbers_come_from_the_package_version():
    version_info = _load("version_info")
    assert version_info._fixed("0.1.0") == (0, 1, 0, 0)
    assert version_info._fixed("1.2.3rc1") == (1, 2, 3, 0)


# --- install-linux.sh, on a stand-in bundle --------------------------------------------


def _fake_bundle(folder: Path) -> Path:
    """A folder shaped like dist/parallax, with a shell script as the executable."""
    bundle = folder / "parallax"
    internal = bundle / "_internal"
    (internal / "share" / "applications").mkdir(parents=True)
    (internal / "share" / "metainfo").mkdir(parents=True)
    shutil.copy(DESKTOP, internal / "share" / "applications")
    shutil.copy(METAINFO, internal / "share" / "metainfo")
    shutil.copytree(ICONS, internal / "resources" / "icons")
    exe = bundle / "parallax"
    exe.write_text("#!/bin/sh\necho fake parallax \"$@\"\n")
    exe.chmod(0o755)
    return bundle


def _run_installer(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        ["bash", str(PACKAGING / "install-linux.sh"), *args],
        env=env, capture_output=True, text=True, timeout=60,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="install-linux.sh is for Linux")
def test_install_linux_installs_for_the_user_and_uninstalls(tmp_path):
    bundle = _fake_bundle(tmp_path / "dist")
    home = tmp_path / "home"
    home.mkdir()

    result = _run_installer(home, str(bundle))
    assert result.returncode == 0, result.stderr

    opt = home / ".local" / "opt" / "parallax"
    share = home / ".local" / "share"
    desktop = share / "applications" / "parallax.desktop"
    link = home / ".local" / "bin" / "parallax"
    assert (opt / "parallax").is_file()
    assert link.is_symlink() and os.readlink(link) == str(opt / "parallax")
    assert subprocess.run([str(link), "x"], capture_output=True, text=True).stdout.strip() == (
        "fake parallax x"
    )
    entry = desktop.read_text()
    assert f'Exec="{opt / "parallax"}" %F' in entry
    assert f"TryExec={opt / 'parallax'}" in entry
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in ICON_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "parallax.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "parallax.svg").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout

    # Installing again (an upgrade) replaces the copy in place.
    assert _run_installer(home, str(bundle)).returncode == 0

    result = _run_installer(home, "--uninstall")
    assert result.returncode == 0, result.stderr
    left = [p for p in home.rglob("*") if p.is_file() or p.is_symlink()]
    assert [p for p in left if "parallax" in p.name.lower()] == [], left
    assert not opt.exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="install-linux.sh is for Linux")
def test_install_linux_leaves_a_pip_installed_command_alone(tmp_path):
    bundle = _fake_bundle(tmp_path / "dist")
    home = tmp_path / "home"
    own = home / ".local" / "bin" / "parallax"
    own.parent.mkdir(parents=True)
    own.write_text("#!/bin/sh\necho pip's parallax\n")

    assert _run_installer(home, str(bundle)).returncode == 0
    assert _run_installer(home, "--uninstall").returncode == 0
    assert own.read_text() == "#!/bin/sh\necho pip's parallax\n"


# --- the real build ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """``bash packaging/build.sh`` into a private dist folder; returns that folder."""
    if not (ROOT / "reader" / "ui" / "app.py").is_file():
        pytest.skip("reader/ui/app.py is not there yet: the bundle has no window to start")
    if not sys.platform.startswith("linux"):
        pytest.skip("the CI bundle check runs on Linux")
    work = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ, PYTHON=sys.executable, DIST_DIR=str(work / "dist"),
               BUILD_DIR=str(work / "build"))
    result = subprocess.run(
        ["bash", str(PACKAGING / "build.sh")], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=1500,
    )
    assert result.returncode == 0, f"build.sh failed:\n{result.stdout}\n{result.stderr}"
    return work / "dist"


def _screenshot(exe: Path, out: Path, home: Path, *articles: Path) -> subprocess.CompletedProcess:
    # `env -i`: nothing from the developer's or CI's environment may leak in.
    command = ["env", "-i", f"HOME={home}", "QT_QPA_PLATFORM=offscreen",
               str(exe), "--screenshot", str(out), *map(str, articles)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def _assert_real_screenshot(png: Path) -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull(), f"{png} is not a readable image"
    assert image.width() >= 1200 and image.height() >= 800, (image.width(), image.height())
    colours = Counter(
        image.pixel(x, y)
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
    )
    samples = sum(colours.values())
    assert len(colours) > 100, f"only {len(colours)} colours: a blank or flat window"
    assert colours.most_common(1)[0][1] < 0.9 * samples, "one colour fills the window"


@pytest.mark.slow
def test_build_makes_a_trimmed_bundle_and_archive(built):
    bundle = built / "parallax"
    assert os.access(bundle / "parallax", os.X_OK)
    size = _tree_bytes(bundle)
    assert size <= MAX_BUNDLE_BYTES, f"dist/parallax is {size / 2**20:.0f} MB (> 130 MB)"
    internal = bundle / "_internal"
    assert sorted(p.name for p in (internal / "seeds").glob("*.txt")) == [p.name for p in SEEDS]
    assert (internal / "resources" / "icons" / "parallax.svg").is_file()
    assert (internal / "fonts" / "fonts.conf").is_file()
    assert list((internal / "PySide6").rglob("libqoffscreen*")), "offscreen platform plugin"
    assert not list((internal / "PySide6").rglob("*.qm")), "Qt translations should be trimmed"
    assert (bundle / "install-linux.sh").is_file()
    archives = list(built.glob("parallax-*-linux-*.tar.xz"))
    assert len(archives) == 1 and archives[0].stat().st_size > 10 * 2**20


@pytest.mark.slow
def test_bundle_screenshots_two_articles_with_an_empty_environment(built, tmp_path):
    out = tmp_path / "out.png"
    result = _screenshot(built / "parallax" / "parallax", out, tmp_path, SEEDS[0], SEEDS[2])
    assert result.returncode == 0, result.stderr
    _assert_real_screenshot(out)


@pytest.mark.slow
def test_bundle_opens_the_sample_story_without_arguments(built, tmp_path):
    out = tmp_path / "sample.png"
    result = _screenshot(built / "parallax" / "parallax", out, tmp_path)
    assert result.returncode == 0, result.stderr
    _assert_real_screenshot(out)


@pytest.mark.slow
def test_bundle_command_line_still_works(built, tmp_path):
    exe = built / "parallax" / "parallax"
    result = subprocess.run(["env", "-i", f"HOME={tmp_path}", str(exe), "--version"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "Parallax" in result.stdout, result.stderr


def test_an_installed_wheel_carries_what_the_window_reads_at_run_time():
    """pip install . (no checkout beside the package): the guide and the window's icon come along as
    reader/_resources/* (reader/paths.py), as the sample story does as reader/_seeds."""
    setup = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    for package, folder in (("reader._resources.help", "help"), ("reader._resources.icons", "icons")):
        assert package in setup["packages"] and setup["package-dir"][package] == f"resources/{folder}"
        carried = [path for pattern in setup["package-data"][package]
                   for path in (ROOT / "resources" / folder).glob(pattern)]
        assert carried, f"nothing of resources/{folder} goes into the wheel"
