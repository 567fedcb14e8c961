/*
 * tests/unit/tests/vits_driver.h: a guest driving Xen's vITS
 * (vgic-v3-its.c) through its MMIO handlers, with its tables and command
 * queue in fake guest RAM, on the GICv4.0 model.  Shared by the unit
 * cases (test_vits.c) and the libFuzzer target (fuzz/vits_fuzz.c).
 *
 * The hardware domain (dom0, 2 vCPUs) is mapped 1:1: guest RAM is a host
 * buffer at the same address, so its LPI property table (in guest RAM) is
 * what the GIC reads for direct vLPIs, as on real hardware.
 *
 * Guest RAM layout (offsets from vits.ram):
 *   0x00000  command queue (CBASER, 16 pages by default)
 *   0x10000  LPI property table (16 ID bits; LPI 8192 is its first byte)
 *   0x20000  device table (BASER0, 16 pages)
 *   0x30000  collection table (BASER1, 1 page)
 *   0x40000  ITTs
 */
#ifndef TESTS_UNIT_VITS_DRIVER_H
#define TESTS_UNIT_VITS_DRIVER_H

#define VITS_RAM_SIZE       0x200000UL
#define VITS_CMDQ_OFF       0x00000UL
#define VITS_PROP_OFF       0x10000UL
#define VITS_DEVT_OFF       0x20000UL
#define VITS_COLLT_OFF      0x30000UL
#define VITS_ITT_OFF        0x40000UL
#define VITS_CMDQ_PAGES     16
#define VITS_NR_DEVS        8       /* DeviceIDs the structured ops use */

struct vits_env {
    struct gic_model *m;
    struct domain *d;
    uint8_t *ram;
    paddr_t its;            /* the vITS frame (= the host ITS's address) */
    uint64_t cq_size;       /* the queue size the driver writes into */
    uint64_t cw;            /* where the driver writes the next command */
    unsigned long cmds;     /* guest commands written (all) */
    unsigned long fuzz_cmds;/* ... by the input's operations */
    bool in_input;
    bool msi;               /* device MSIs allowed (op 9) */
    bool avoid_known;       /* steer clear of known Xen defects (below) */
    bool v41;               /* vits_boot(): GICv4.1 instead of GICv4.0 */
    bool two_its;           /* vits_boot(): two host ITSes (VMOVP lists) */
    /*
     * vits_boot(): the guest is an untrusted domain (d1, direct-mapped,
     * built with the DeviceIDs below VITS_DOMU_DEVS of ITS 0: half of the
     * ones the structured operations use), not dom0; every input ends
     * with its destruction and destroys it once more at a point the
     * input's first byte chooses (see vits_run_input()).
     */
    bool domu;
    struct domain *hwdom;   /* dom0, when the guest is the domU */
    unsigned long domu_deaths;
    bool setup_done;
};

#define VITS_DOMU_DEVS      (VITS_NR_DEVS / 2)

extern struct vits_env vits;

/* Boot Xen on the GICv4.0 model (evid_bits 10), create dom0. */
void vits_boot(void);
/* Give dom0 its vITS, guest RAM, property table; program and enable it. */
void vits_session_begin(void);
/* Unmap every device like the guest, free the vITS and the GICv4 VM. */
void vits_session_end(void);
/* Only the second part: free the vITS and the VM (domain destruction). */
void vits_domain_destroy(void);
/* One command into the queue (not yet visible: vits_kick()). */
void vits_queue(uint64_t dw0, uint64_t dw1, uint64_t dw2, uint64_t dw3);
/*
 * CWRITER = the driver's write pointer, then CREADR polled until it gets
 * there: the vITS runs the commands.
 */
void vits_kick(void);
/*
 * The most host ITS commands one trap of the vITS (a write of CWRITER, a
 * read of CREADR) may send: the vITS does at most 256 units of work per
 * trap plus one MAPD of 2^11 events (vgic-v3-its.c, VITS_WORK_PER_TRAP),
 * a unit costing the host a few commands at most (MAPTI + INV per event,
 * a VINVALL + VSYNC flush and the command's own).
 */
#define VITS_TRAP_HOST_CMDS     (6 * (256 + 2048 + 1))
/* Queue and run one command. */
void vits_cmd(uint64_t dw0, uint64_t dw1, uint64_t dw2, uint64_t dw3);
int vits_write(uint64_t off, uint64_t val, unsigned int size);
uint64_t vits_read(uint64_t off, unsigned int size);

/* Command encoders (the field positions the vITS decodes). */
void vits_mapd(uint32_t dev, unsigned int bits, uint64_t itt, bool valid);
void vits_mapc(uint16_t coll, uint64_t vcpu, bool valid);
void vits_mapti(uint32_t dev, uint32_t ev, uint32_t vlpi, uint16_t coll);
void vits_event_cmd(uint8_t op, uint32_t dev, uint32_t ev);
void vits_movi(uint32_t dev, uint32_t ev, uint16_t coll);
void vits_invall(uint16_t coll);
void vits_vcpu_in(unsigned int vcpu, unsigned int pcpu);
void vits_vcpu_out(unsigned int vcpu);

/*
 * A session that builds the GICv4 VM once, so that what Xen keeps from
 * then on (the doorbell proxy device) is marked boot-time, not a leak.
 */
void vits_warmup(void);
/* Run a fuzzer input: a stream of operations (see vits_driver.c). */
void vits_run_input(const uint8_t *data, size_t size);
/* Fail (emul_fail) on any model violation recorded so far. */
void vits_check(const char *where);
/* Guest commands of inputs the vITS consumed (CREADR progress). */
extern unsigned long vits_cmds_done;

#endif /* TESTS_UNIT_VITS_DRIVER_H */
