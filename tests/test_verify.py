"""What the verifier says about a broken snippet: the file, the line, expected and printed."""

import pytest

from docs_tools import verify


def snippet(tmp_path, text):
    path = tmp_path / "example.py"
    path.write_text(text)
    return path


def failure(path):
    with pytest.raises(verify.SnippetError) as info:
        verify.check(path)
    return str(info.value)


def test_matching_output_passes(tmp_path):
    verify.check(snippet(tmp_path, "print(1 + 1)\n#> 2\n"))


def test_drift_names_line_expected_and_printed(tmp_path):
    path = snippet(tmp_path, "x = 2\nprint(x * 3)\n#> 5\n")
    message = failure(path)
    assert message.startswith(f"{path}:3: printed 6, snippet expects 5\n")
    assert "-#> 5" in message and "+#> 6" in message
    assert "pytest --update-examples" in message


def test_print_without_expected_line_is_named(tmp_path):
    path = snippet(tmp_path, "print('a')\n#> a\nprint('b')\n")
    assert failure(path).startswith(f"{path}:3: printed b, snippet expects no `#>` line")


def test_expected_line_without_print_is_named(tmp_path):
    path = snippet(tmp_path, "x = 1\n#> 1\n")
    assert failure(path).startswith(f"{path}:2: printed nothing, snippet expects 1")


def test_raising_snippet_names_line_and_error(tmp_path):
    path = snippet(tmp_path, "print('start')\n#> start\n\n\nraise KeyError('units')\n")
    assert failure(path) == f"{path}:5: raised KeyError: 'units'\n    raise KeyError('units')"


def test_error_inside_a_function_points_at_the_snippet_line(tmp_path):
    path = snippet(tmp_path, "def f():\n    return 1 / 0\n\n\nf()\n")
    assert failure(path).startswith(f"{path}:2: raised ZeroDivisionError: division by zero")


def test_syntax_error_names_its_line(tmp_path):
    path = snippet(tmp_path, "x = 1\ny = (\n")
    assert failure(path).startswith(f"{path}:2: raised SyntaxError: '(' was never closed")


def test_update_writes_expected_lines(tmp_path):
    path = snippet(tmp_path, "print([1, 2])\n#> wrong\n")
    assert verify.update(path) is True
    assert path.read_text() == "print([1, 2])\n#> [1, 2]\n"
    assert verify.update(path) is False


def test_host_main_module_is_restored(tmp_path):
    import sys

    before = sys.modules["__main__"]
    verify.check(snippet(tmp_path, "print(__name__)\n#> __main__\n"))
    assert sys.modules["__main__"] is before


def test_expected_line_under_a_print_that_never_ran_is_named(tmp_path):
    path = snippet(tmp_path, "if False:\n    print('never')\n    #> never\nprint('ran')\n#> ran\n")
    assert failure(path).startswith(f"{path}:3: printed nothing, snippet expects never")


def test_long_output_in_a_quoted_block_passes(tmp_path):
    path = snippet(tmp_path, "print('x' * 100)\n")
    verify.update(path)
    assert path.read_text().splitlines()[1] == "'''"
    verify.check(path)


def test_lint_names_file_line_and_rule(tmp_path):
    from docs_tools.verify import lint

    path = snippet(tmp_path, "import os\n\nx = 1\n")
    assert f"{path}:1:8: F401 [*] `os` imported but unused" in lint.problems(path)


def test_lint_keeps_output_markers_when_formatting(tmp_path):
    from docs_tools.verify import lint

    path = snippet(tmp_path, "x=[1,2]\nprint(x)\n#> [1, 2]\n")
    lint.format_file(path)
    assert path.read_text() == "x = [1, 2]\nprint(x)\n#> [1, 2]\n"
    assert lint.problems(path) == []


def test_two_prints_in_a_loop_keep_every_line(tmp_path):
    path = snippet(tmp_path, "for i in [1, 2]:\n    print('a', i)\n    print('b', i)\n")
    verify.update(path)
    assert path.read_text() == (
        "for i in [1, 2]:\n    print('a', i)\n    #> a 1\n    #> a 2\n"
        "    print('b', i)\n    #> b 1\n    #> b 2\n"
    )
    verify.check(path)
    path.write_text(path.read_text().replace("#> b 2\n", ""))
    assert failure(path).startswith(f"{path}:6: printed b 2, snippet expects no `#>` line")


def test_long_output_in_a_loop_is_stable_across_updates(tmp_path):
    path = snippet(tmp_path, "for n in [1, 2]:\n    print(str(n) * 90)\n")
    verify.update(path)
    first = path.read_text()
    assert first.count("'''") == 4
    assert verify.update(path) is False
    assert path.read_text() == first
