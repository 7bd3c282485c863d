@echo off
rem benchctl launcher for Windows: finds Java 25+, then runs the CLI with the distribution's lib\
rem and plugins\, through the portable platform layer (the only one Windows has, adr/0018).
rem The same JVM options as bin/benchctl: both read lib\jvm.options as a java @argument file.
setlocal EnableExtensions
set "BENCHCTL_HOME=%~dp0.."
for %%I in ("%BENCHCTL_HOME%") do set "BENCHCTL_HOME=%%~fI"

rem Java: JAVA_HOME first, else the first java on PATH (as bin/find-java.sh looks).
set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for /f "delims=" %%J in ('where java 2^>nul') do if not defined JAVA set "JAVA=%%J"
if not defined JAVA (
    echo benchctl: no Java found: install Java 25 or newer and set JAVA_HOME 1>&2
    exit /b 2
)

rem Only `run` (without --dry-run) and `peer` measure anything and need the optimising compiler
rem (C2); every other command stops at C1, as in bin/benchctl.
set "JIT_FLAGS=-XX:TieredStopAtLevel=1"
if /i "%~1"=="run" set "JIT_FLAGS="
if /i "%~1"=="peer" set "JIT_FLAGS="
echo %* | findstr /c:"--dry-run" >nul && set "JIT_FLAGS=-XX:TieredStopAtLevel=1"

rem No AOT cache here: lib\benchctl.aot is built for the build machine's JDK and class path, and
rem a cache that does not match is only skipped. The class path is lib\*, which Java expands.
rem Ctrl-C reaches Java as its console control event, which runs benchctl's shutdown hooks
rem (results kept, scratch folders removed) as SIGINT does elsewhere; exit code 130.
"%JAVA%" @"%BENCHCTL_HOME%\lib\jvm.options" %JIT_FLAGS% %BENCHCTL_JAVA_OPTS% ^
    -Dbenchctl.home="%BENCHCTL_HOME%" -cp "%BENCHCTL_HOME%\lib\*" io.benchctl.runtime.cli.Main %*
exit /b %ERRORLEVEL%
