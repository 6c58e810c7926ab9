/**
 * Exit statuses a process supervisor can act on (the systemd unit in deploy/ lists EXIT_CONFIG in
 * RestartPreventExitStatus): a configuration error fails the same way on every restart, so it must
 * not be restarted in a loop; any other fatal error exits 1 and is restarted.
 */
export const EXIT_CONFIG = 78; // sysexits.h EX_CONFIG
export const EXIT_FAILURE = 1;
