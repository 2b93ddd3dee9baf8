#!/usr/bin/env python3
"""Checks devset9's gold files against its articles (5-60 sentences each); the checks are in ../validate_devset.py.

usage: python3 src/test/resources/devset9/validate.py   (prints problems; exit 1 if any)
"""
import pathlib, subprocess, sys

here = pathlib.Path(__file__).resolve().parent
sys.exit(subprocess.call([sys.executable, str(here.parent / "validate_devset.py"), str(here), "60"]))
