/* A JACK client for the export tests: waits for the given output ports, connects them, turns
   freewheel on (so that no cycle is missed however busy the machine), skips a few cycles and records
   FRAMES frames of each as raw float32, channel after channel, into OUT; prints the sample rate. */
#include <jack/jack.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static jack_port_t* ports[16];
static float* take[16];
static int channels;
static long frames, done;
static int skip = 4;
static volatile int finished;
static volatile int connected;

static int process(jack_nframes_t n, void* arg) {
    if (finished || !connected) return 0;
    if (skip > 0) { skip--; return 0; }
    long count = frames - done < (long) n ? frames - done : (long) n;
    for (int c = 0; c < channels; c++) {
        float* in = (float*) jack_port_get_buffer(ports[c], n);
        memcpy(take[c] + done, in, count * sizeof(float));
    }
    done += count;
    if (done >= frames) finished = 1;
    return 0;
}

int main(int argc, char** argv) {
    if (argc < 4) { fprintf(stderr, "usage: jack_take FRAMES OUT PORT...\n"); return 2; }
    frames = atol(argv[1]);
    channels = argc - 3;
    jack_client_t* client = jack_client_open("faustwire_take", JackNoStartServer, NULL);
    if (!client) { fprintf(stderr, "no JACK server\n"); return 3; }
    for (int c = 0; c < channels; c++) {
        char name[32];
        snprintf(name, sizeof name, "in_%d", c);
        ports[c] = jack_port_register(client, name, JACK_DEFAULT_AUDIO_TYPE, JackPortIsInput, 0);
        take[c] = calloc(frames, sizeof(float));
    }
    jack_set_process_callback(client, process, NULL);
    for (int tries = 0; jack_port_by_name(client, argv[3 + channels - 1]) == NULL; tries++) {
        if (tries > 20000) { fprintf(stderr, "port %s never appeared\n", argv[3 + channels - 1]); return 4; }
        usleep(1000);
    }
    if (jack_activate(client)) { fprintf(stderr, "cannot activate\n"); return 5; }
    for (int c = 0; c < channels; c++) {
        if (jack_connect(client, argv[3 + c], jack_port_name(ports[c]))) { fprintf(stderr, "cannot connect %s\n", argv[3 + c]); return 6; }
    }
    connected = 1;
    jack_set_freewheel(client, 1);
    while (!finished) usleep(1000);
    jack_set_freewheel(client, 0);
    printf("rate %u\n", jack_get_sample_rate(client));
    jack_client_close(client);
    FILE* f = fopen(argv[2], "wb");
    for (int c = 0; c < channels; c++) fwrite(take[c], sizeof(float), frames, f);
    fclose(f);
    return 0;
}
