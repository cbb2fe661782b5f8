; Inno Setup script: the Windows installer of the one-folder bundle (`make installer` on Windows first).
; Per-user install without administrator rights (into %LOCALAPPDATA%\Programs), Start-menu entry, uninstaller in
; "Apps & features". Build: iscc /DAppVersion=0.1.0 packaging\windows\facilitator.iss  -> dist\Facilitator-0.1.0-setup.exe
; Not run on the project's Linux machines: the release workflow (.github/workflows/release.yml) builds it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Facilitator"
#define AppExe "Facilitator.exe"

[Setup]
AppId={{6F3C2B8E-5D41-4C7A-9B0E-2A7D9C4E1F53}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=build\icons\facilitator.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\{#AppName}-{#AppVersion}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
