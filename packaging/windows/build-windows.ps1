# Build the annotator on Windows (the hosted CI's Windows runner; it cannot run here):
#   powershell -File packaging\windows\build-windows.ps1
$ErrorActionPreference = "Stop"
$Root = Resolve-Path "$PSScriptRoot\..\.."
$Version = (Select-String -Path "$Root\annotator\__init__.py" -Pattern '__version__ = "(.*)"').Matches[0].Groups[1].Value
python -m venv "$Root\build\venv"
& "$Root\build\venv\Scripts\pip" install --quiet "$Root" "pyinstaller>=6.10,<7"
Push-Location "$Root\build"
& "$Root\build\venv\Scripts\pyinstaller" --noconfirm --distpath "$Root\build\app" --workpath "$Root\build\work" "$Root\packaging\annotator.spec"
Pop-Location
$env:QT_QPA_PLATFORM = "offscreen"
& "$Root\build\app\annotator\annotator.exe" --version
& "$Root\build\app\annotator\annotator.exe" import --db "$env:TEMP\smoke.db" --no-progress "$Root\seeds\seed-article.txt"
& "$Root\build\app\annotator\annotator.exe" gui --db "$env:TEMP\smoke.db" --screenshot "$env:TEMP\smoke.png"
$env:ANNOTATOR_VERSION = $Version
iscc "$Root\packaging\windows\annotator.iss"
