; Inno Setup script for the annotator on Windows: Start-menu entry, .annotator file association,
; uninstaller. Built on a Windows runner (.github/workflows/installers.yml) after PyInstaller:
;   set ANNOTATOR_VERSION=0.1.0 & iscc packaging\windows\annotator.iss
; It takes the one-folder build from build\app\annotator and writes dist\annotator-VERSION-setup.exe.
#define AppVersion GetEnv("ANNOTATOR_VERSION")

[Setup]
AppId={{6E0B5C1A-9D7B-4F1E-9A3C-2B8F0A61C7D4}
AppName=Annotator
AppVersion={#AppVersion}
AppPublisher=Annotator developers
DefaultDirName={autopf}\Annotator
DefaultGroupName=Annotator
OutputDir=..\..\dist
OutputBaseFilename=annotator-{#AppVersion}-setup
SetupIconFile=annotator.ico
UninstallDisplayIcon={app}\annotator.exe
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Files]
Source: "..\..\build\app\annotator\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Annotator"; Filename: "{app}\annotator.exe"; Parameters: "gui"
Name: "{group}\{cm:UninstallProgram,Annotator}"; Filename: "{uninstallexe}"

[Registry]
Root: HKA; Subkey: "Software\Classes\.annotator"; ValueType: string; ValueName: ""; ValueData: "Annotator.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Annotator.Project"; ValueType: string; ValueName: ""; ValueData: "Annotator project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Annotator.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\annotator.exe,0"
Root: HKA; Subkey: "Software\Classes\Annotator.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\annotator.exe"" gui ""%1"""
