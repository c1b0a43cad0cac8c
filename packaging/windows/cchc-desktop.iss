; Inno Setup script: a per-user Windows installer for CCHC Desktop (no administrator rights).
;
; Build on Windows (see README "Windows installer"):
;   1. pyinstaller --noconfirm --clean packaging\cchc-desktop.spec      -> dist\cchc-desktop\
;   2. python packaging\windows\build_installer.py                      -> dist\CCHC-Desktop-<version>-setup.exe
; build_installer.py passes /DAppVersion from cchc_desktop.__version__ (the one version number).

#ifndef AppVersion
  #error AppVersion is not defined: build with packaging\windows\build_installer.py
#endif

#define AppName "CCHC Desktop"
#define AppExe "cchc-desktop.exe"
#define AppId "{{5B0E7C4E-3C2D-4E55-9C1B-7A0C6C2F9D11}"
#define CliExe "cchc.exe"
; The inbound rule that lets phones reach the phone page (plain ASCII: netsh's console encoding).
#define FirewallRule "CCHC Desktop - phone photos"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CCHC Desktop
DefaultDirName={localappdata}\Programs\CCHC Desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=CCHC-Desktop-{#AppVersion}-setup
SetupIconFile=..\icons\cchc-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\cchc-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Double-clicking a .cchc package opens the app's merge preview (cchc-desktop FILE.cchc).
Root: HKA; Subkey: "Software\Classes\.cchc"; ValueType: string; ValueName: ""; ValueData: "CCHCDesktop.Package"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cchc"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-cchc-package"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\CCHCDesktop.Package"; ValueType: string; ValueName: ""; ValueData: "Gói đồng bộ CCHC Desktop"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\CCHCDesktop.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\CCHCDesktop.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
; "Nhận ảnh từ điện thoại": phones on the office Wi-Fi or on the laptop's own hotspot open a page
; the app serves while that dialog is open (cchc_desktop/phone/). Windows Firewall blocks it
; until allowed: an installation for all users (administrator) adds the rule here, for the
; window and for `cchc photos receive`; a per-user installation cannot, and the dialog tells the
; person to allow the prompt Windows shows the first time. Every profile, because Windows puts
; the Mobile Hotspot's adapter on a Public network; the server itself answers only while the
; dialog is open, only with its one-time token.
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""{#FirewallRule}"""; Flags: runhidden; Check: IsAdminInstallMode
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""{#FirewallRule}"" dir=in action=allow protocol=TCP profile=any program=""{app}\{#AppExe}"" enable=yes"; Flags: runhidden; Check: IsAdminInstallMode; StatusMsg: "Windows Firewall: {#FirewallRule}"
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""{#FirewallRule}"" dir=in action=allow protocol=TCP profile=any program=""{app}\{#CliExe}"" enable=yes"; Flags: runhidden; Check: IsAdminInstallMode
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""{#FirewallRule}"""; Flags: runhidden; Check: IsAdminInstallMode; RunOnceId: "FirewallRule"
