// SPDX-License-Identifier: GPL-3.0-or-later
/* The stopwatch of tests/benchmark/open-race.sh: starts a program and watches the X server for
 * its main window, then for the first rows of its list inside it.
 *
 *   bridges_open_race_watch TITLE X,Y,W,H SECONDS -- PROGRAM ARG...
 *
 * Prints one line: "mapped M rows R rss P", M the seconds from the start to the moment a
 * top-level window whose title contains TITLE is mapped, R to the moment the rectangle X,Y,W,H
 * of that window (its list's first rows; negative X or Y count from the right or bottom edge)
 * holds text (more than 40 dark pixels on a mostly light ground), and P the program's peak resident
 * memory in MiB, read SECONDS after the start (then the program is stopped). "-" for what never
 * came. With OPEN_RACE_SHOT=FILE in the environment, the window is kept in FILE (PPM) as it was
 * when its rows were seen. It polls every 4 ms from this process alone (no helper programs), so the
 * watching costs the program under test next to nothing. */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static int ignoreErrors(Display *d, XErrorEvent *e)
{
    (void)d;
    (void)e;
    return 0; /* a window may go between listing and asking */
}

/* Whether the window's title (_NET_WM_NAME in UTF-8, else WM_NAME) holds title. */
static bool nameHolds(Display *d, Window w, const char *title)
{
    static const Atom netName = XInternAtom(d, "_NET_WM_NAME", False);
    static const Atom utf8 = XInternAtom(d, "UTF8_STRING", False);
    Atom type;
    int format;
    unsigned long count, after;
    unsigned char *data = NULL;
    bool holds = false;
    if (XGetWindowProperty(d, w, netName, 0, 1024, False, utf8, &type, &format, &count, &after,
                           &data) == Success &&
        data) {
        holds = type == utf8 && strstr(reinterpret_cast<char *>(data), title);
        XFree(data);
        if (type == utf8)
            return holds;
    }
    char *name = NULL;
    if (XFetchName(d, w, &name) && name) {
        holds = strstr(name, title);
        XFree(name);
    }
    return holds;
}

/* The first viewable window below root (top-levels, or a frame's child) whose name holds title. */
static Window findWindow(Display *d, Window parent, const char *title, int depth)
{
    Window root, up, *children = NULL, found = 0;
    unsigned int n = 0;
    if (!XQueryTree(d, parent, &root, &up, &children, &n))
        return 0;
    for (unsigned int i = 0; i < n && !found; ++i) {
        XWindowAttributes a;
        if (!XGetWindowAttributes(d, children[i], &a) || a.map_state != IsViewable)
            continue;
        if (nameHolds(d, children[i], title))
            found = children[i];
        if (!found && depth < 2)
            found = findWindow(d, children[i], title, depth + 1);
    }
    if (children)
        XFree(children);
    return found;
}

/* The dark pixels (text) of a rectangle of the window, if it is mostly light. */
static int darkPixels(Display *d, Window w, int x, int y, int width, int height)
{
    XWindowAttributes a;
    if (!XGetWindowAttributes(d, w, &a))
        return 0;
    if (x < 0)
        x += a.width;
    if (y < 0)
        y += a.height;
    if (x < 0 || y < 0 || x + width > a.width || y + height > a.height)
        return 0;
    XImage *image = XGetImage(d, w, x, y, width, height, AllPlanes, ZPixmap);
    if (!image)
        return 0;
    int dark = 0, light = 0;
    for (int j = 0; j < height; ++j) {
        for (int i = 0; i < width; ++i) {
            const unsigned long p = XGetPixel(image, i, j);
            const int sum = ((p >> 16) & 0xff) + ((p >> 8) & 0xff) + (p & 0xff);
            if (sum < 3 * 110)
                ++dark;
            else if (sum > 3 * 200)
                ++light;
        }
    }
    XDestroyImage(image);
    // Not yet drawn (black), or drawn without text (the list's white): not rows.
    return 2 * light >= width * height ? dark : 0;
}

/* The whole window as a PPM file: what was seen when the rows were. */
static void keepShot(Display *d, Window w, const char *path)
{
    XWindowAttributes a;
    if (!XGetWindowAttributes(d, w, &a))
        return;
    XImage *image = XGetImage(d, w, 0, 0, a.width, a.height, AllPlanes, ZPixmap);
    FILE *f = image ? fopen(path, "wb") : NULL;
    if (f) {
        fprintf(f, "P6\n%d %d\n255\n", a.width, a.height);
        for (int j = 0; j < a.height; ++j) {
            for (int i = 0; i < a.width; ++i) {
                const unsigned long p = XGetPixel(image, i, j);
                const unsigned char rgb[3] = {static_cast<unsigned char>(p >> 16),
                                              static_cast<unsigned char>(p >> 8),
                                              static_cast<unsigned char>(p)};
                fwrite(rgb, 1, 3, f);
            }
        }
        fclose(f);
    }
    if (image)
        XDestroyImage(image);
}

static long peakRssMiB(pid_t pid)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/status", static_cast<int>(pid));
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char line[256];
    long kib = -1;
    while (fgets(line, sizeof line, f)) {
        if (sscanf(line, "VmHWM: %ld kB", &kib) == 1)
            break;
    }
    fclose(f);
    return kib < 0 ? -1 : kib / 1024;
}

int main(int argc, char *argv[])
{
    int x, y, w, h;
    if (argc < 6 || strcmp(argv[4], "--") != 0 ||
        sscanf(argv[2], "%d,%d,%d,%d", &x, &y, &w, &h) != 4) {
        fprintf(stderr, "usage: %s TITLE X,Y,W,H SECONDS -- PROGRAM ARG...\n", argv[0]);
        return 2;
    }
    const char *title = argv[1];
    const double seconds = atof(argv[3]);
    Display *d = XOpenDisplay(NULL);
    if (!d) {
        fprintf(stderr, "%s: cannot open the display\n", argv[0]);
        return 1;
    }
    XSetErrorHandler(ignoreErrors);
    const double start = now();
    const pid_t pid = fork();
    if (pid == 0) {
        execvp(argv[5], argv + 5);
        _exit(127);
    }
    double mapped = -1, rows = -1;
    Window window = 0;
    const struct timespec pause = {0, 4 * 1000 * 1000};
    while (now() - start < seconds) {
        if (!window) {
            window = findWindow(d, DefaultRootWindow(d), title, 0);
            if (window)
                mapped = now() - start;
        }
        if (window && rows < 0 && darkPixels(d, window, x, y, w, h) > 40)
            rows = now() - start;
        if (rows >= 0) {
            const char *shot = getenv("OPEN_RACE_SHOT");
            if (shot && *shot)
                keepShot(d, window, shot);
            break;
        }
        if (waitpid(pid, NULL, WNOHANG) == pid)
            break;
        nanosleep(&pause, NULL);
    }
    const double left = seconds - (now() - start);
    if (left > 0) {
        const timespec rest = {static_cast<time_t>(left),
                               static_cast<long>((left - static_cast<time_t>(left)) * 1e9)};
        nanosleep(&rest, NULL);
    }
    const long rss = peakRssMiB(pid);
    kill(pid, SIGTERM);
    waitpid(pid, NULL, 0);
    XCloseDisplay(d);
    char m[32] = "-", r[32] = "-", p[32] = "-";
    if (mapped >= 0)
        snprintf(m, sizeof m, "%.3f", mapped);
    if (rows >= 0)
        snprintf(r, sizeof r, "%.3f", rows);
    if (rss >= 0)
        snprintf(p, sizeof p, "%ld", rss);
    printf("mapped %s rows %s rss %s\n", m, r, p);
    return 0;
}
