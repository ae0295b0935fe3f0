@echo off
rem Runs the kansen command of this distribution. Needs Java 17 or newer: JAVA_HOME, or java on PATH.
rem JAVA_OPTS passes options to the Java virtual machine.
setlocal
set "KANSEN_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java.exe"
)
if not defined JAVA_HOME (
  where java.exe >nul 2>nul || (
    echo kansen: no Java found: install Java 17 or newer, or set JAVA_HOME 1>&2
    exit /b 2
  )
)
"%JAVA_EXE%" %JAVA_OPTS% -jar "%KANSEN_HOME%\lib\kansen.jar" %*
exit /b %ERRORLEVEL%
