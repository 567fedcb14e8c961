/*
 * ARM GICv3 ITS support
 *
 * Andre Przywara <andre.przywara@arm.com>
 * Copyright (c) 2016,2017 ARM Ltd.
 *
 * This program is free software; you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation; under version 2 of the License.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program; If not, see <http://www.gnu.org/licenses/>.
 */

#ifndef __ASM_ARM_ITS_H__
#define __ASM_ARM_ITS_H__

#define GITS_CTLR                       0x000
#define GITS_IIDR                       0x004
#define GITS_TYPER                      0x008
#define GITS_CBASER                     0x080
#define GITS_CWRITER                    0x088
#define GITS_CREADR                     0x090
#define GITS_BASER_NR_REGS              8
#define GITS_BASER0                     0x100
#define GITS_BASER1                     0x108
#define GITS_BASER2                     0x110
#define GITS_BASER3                     0x118
#define GITS_BASER4                     0x120
#define GITS_BASER5                     0x128
#define GITS_BASER6                     0x130
#define GITS_BASER7                     0x138
#define GITS_PIDR2                      GICR_PIDR2

/* Register bits */
#define GITS_VALID_BIT                  BIT(63, UL)

#define GITS_CTLR_QUIESCENT             BIT(31, UL)
#define GITS_CTLR_ENABLE                BIT(0, UL)

#define GITS_TYPER_PTA                  BIT(19, UL)
#define GITS_TYPER_DEVIDS_SHIFT         13
#define GITS_TYPER_DEVIDS_MASK          (0x1fUL << GITS_TYPER_DEVIDS_SHIFT)
#define GITS_TYPER_DEVICE_ID_BITS(r)    ((((r) & GITS_TYPER_DEVIDS_MASK) >> \
                                                 GITS_TYPER_DEVIDS_SHIFT) + 1)

#define GITS_TYPER_IDBITS_SHIFT         8
#define GITS_TYPER_IDBITS_MASK          (0x1fUL << GITS_TYPER_IDBITS_SHIFT)
#define GITS_TYPER_EVENT_ID_BITS(r)     ((((r) & GITS_TYPER_IDBITS_MASK) >> \
                                                 GITS_TYPER_IDBITS_SHIFT) + 1)

#define GITS_TYPER_ITT_SIZE_SHIFT       4
#define GITS_TYPER_ITT_SIZE_MASK        (0xfUL << GITS_TYPER_ITT_SIZE_SHIFT)
#define GITS_TYPER_ITT_SIZE(r)          ((((r) & GITS_TYPER_ITT_SIZE_MASK) >> \
                                                 GITS_TYPER_ITT_SIZE_SHIFT) + 1)
#define GITS_TYPER_PHYSICAL             (1U << 0)
#define GITS_TYPER_VIRTUAL              BIT(1, UL)
#define GITS_TYPER_VMOVP                BIT(37, UL)
#define GITS_TYPER_VMAPP                BIT(40, UL)     /* GICv4.1 */

#define GITS_BASER_INDIRECT             BIT(62, UL)
#define GITS_BASER_INNER_CACHEABILITY_SHIFT        59
#define GITS_BASER_TYPE_SHIFT           56
#define GITS_BASER_TYPE_MASK            (7ULL << GITS_BASER_TYPE_SHIFT)
#define GITS_BASER_OUTER_CACHEABILITY_SHIFT        53
#define GITS_BASER_TYPE_NONE            0UL
#define GITS_BASER_TYPE_DEVICE          1UL
#define GITS_BASER_TYPE_VCPU            2UL
#define GITS_BASER_TYPE_CPU             3UL
#define GITS_BASER_TYPE_COLLECTION      4UL
#define GITS_BASER_TYPE_RESERVED5       5UL
#define GITS_BASER_TYPE_RESERVED6       6UL
#define GITS_BASER_TYPE_RESERVED7       7UL
#define GITS_BASER_ENTRY_SIZE_SHIFT     48
#define GITS_BASER_ENTRY_SIZE(reg)                                       \
                        ((((reg) >> GITS_BASER_ENTRY_SIZE_SHIFT) & 0x1f) + 1)
#define GITS_BASER_SHAREABILITY_SHIFT   10
#define GITS_BASER_PAGE_SIZE_SHIFT      8
#define GITS_BASER_SIZE_MASK            0xff
#define GITS_BASER_SHAREABILITY_MASK   (0x3ULL << GITS_BASER_SHAREABILITY_SHIFT)
#define GITS_BASER_OUTER_CACHEABILITY_MASK   (0x7ULL << GITS_BASER_OUTER_CACHEABILITY_SHIFT)
#define GITS_BASER_INNER_CACHEABILITY_MASK   (0x7ULL << GITS_BASER_INNER_CACHEABILITY_SHIFT)

#define GITS_CBASER_SIZE_MASK           0xff

/* ITS command definitions */
#define ITS_CMD_SIZE                    32

#define GITS_CMD_MOVI                   0x01
#define GITS_CMD_INT                    0x03
#define GITS_CMD_CLEAR                  0x04
#define GITS_CMD_SYNC                   0x05
#define GITS_CMD_MAPD                   0x08
#define GITS_CMD_MAPC                   0x09
#define GITS_CMD_MAPTI                  0x0a
#define GITS_CMD_MAPI                   0x0b
#define GITS_CMD_INV                    0x0c
#define GITS_CMD_INVALL                 0x0d
#define GITS_CMD_MOVALL                 0x0e
#define GITS_CMD_DISCARD                0x0f
/* GICv4 virtual commands */
#define GITS_CMD_VMOVI                  0x21
#define GITS_CMD_VMOVP                  0x22
#define GITS_CMD_VSYNC                  0x25
#define GITS_CMD_VMAPP                  0x29
#define GITS_CMD_VMAPTI                 0x2a
#define GITS_CMD_VMAPI                  0x2b
#define GITS_CMD_VINVALL                0x2d

#define ITS_DOORBELL_OFFSET             0x10040
#define GICV3_ITS_SIZE                  SZ_128K




#define HOST_ITS_FLUSH_CMD_QUEUE        (1U << 0)
#define HOST_ITS_USES_PTA               (1U << 1)
#define HOST_ITS_VIRTUAL                (1U << 2)   /* GICv4: V-commands */
#define HOST_ITS_VMOVP                  (1U << 3)   /* one VMOVP is enough */
#define HOST_ITS_GICV41                 (1U << 4)   /* GICv4.1 forms */

/* vPEIDs Xen hands out: the size of a GICv4 ITS's vPE table. */
#define GICV4_MAX_VPES                  1024U

/* We allocate LPIs on the hosts in chunks of 32 to reduce handling overhead. */
#define LPI_BLOCK                       32U

/* data structure for each hardware ITS */
struct host_its {
    struct list_head entry;
    const struct dt_device_node *dt_node;
    paddr_t addr;
    paddr_t size;
    void __iomem *its_base;
    unsigned int devid_bits;
    unsigned int evid_bits;
    unsigned int itte_size;
    spinlock_t cmd_lock;
    void *cmd_buf;
    unsigned int flags;
};


#ifdef CONFIG_HAS_ITS

extern struct list_head host_its_list;

#ifdef CONFIG_ACPI
unsigned long gicv3_its_make_hwdom_madt(const struct domain *d,
                                        void *base_ptr);
#endif

/* Deny iomem access for its */
int gicv3_its_deny_access(struct domain *d);

bool gicv3_its_host_has_its(void);

unsigned int vgic_v3_its_count(const struct domain *d);

void gicv3_do_LPI(unsigned int lpi);

int gicv3_lpi_init_rdist(void __iomem * rdist_base);

/* Initialize the host structures for LPIs and the host ITSes. */
int gicv3_lpi_init_host_lpis(unsigned int host_lpi_bits);
int gicv3_its_init(void);

/* Store the physical address and ID for each redistributor as read from DT. */
void gicv3_set_redist_address(paddr_t address, unsigned int redist_id);
uint64_t gicv3_get_redist_address(unsigned int cpu, bool use_pta);

/* Command queue access for the GICv4 code. */
int gicv3_its_send_cmd(struct host_its *hw_its, const uint64_t cmd[4]);
int gicv3_its_wait_commands(struct host_its *hw_its);
uint64_t gicv3_its_encode_rdbase(struct host_its *hw_its, unsigned int cpu,
                       uint64_t reg);
int gicv3_its_map_host_events(struct host_its *its,
                              uint32_t devid, uint32_t eventid,
                              uint32_t lpi, uint32_t nr_events);

/* Map a collection for this host CPU to each host ITS. */
int gicv3_its_setup_collection(unsigned int cpu);

/* Initialize and destroy the per-domain parts of the virtual ITS support. */
int vgic_v3_its_init_domain(struct domain *d);
void vgic_v3_its_free_domain(struct domain *d);

/* Create the appropriate DT nodes for a hardware domain. */
int gicv3_its_make_hwdom_dt_nodes(const struct domain *d,
                                  const struct dt_device_node *gic,
                                  void *fdt);

/*
 * Map a device on the host by allocating an ITT on the host (ITS).
 * "nr_event" specifies how many events (interrupts) this device will need.
 * Setting "valid" to false deallocates the device.
 */
int gicv3_its_map_guest_device(struct domain *d,
                               paddr_t host_doorbell, uint32_t host_devid,
                               paddr_t guest_doorbell, uint32_t guest_devid,
                               uint64_t nr_events, bool valid);

int gicv3_allocate_host_lpi_block(struct domain *d, uint32_t *first_lpi);
void gicv3_free_host_lpi_block(uint32_t first_lpi);

void vgic_vcpu_inject_lpi(struct domain *d, unsigned int virq);

struct pending_irq *gicv3_its_get_event_pending_irq(struct domain *d,
                                                    paddr_t vdoorbell_address,
                                                    uint32_t vdevid,
                                                    uint32_t eventid);
int gicv3_remove_guest_event(struct domain *d, paddr_t vdoorbell_address,
                                     uint32_t vdevid, uint32_t eventid);
struct pending_irq *gicv3_assign_guest_event(struct domain *d, paddr_t doorbell,
                                             uint32_t devid, uint32_t eventid,
                                             uint32_t virt_lpi);
void gicv3_lpi_update_host_entry(uint32_t host_lpi, int domain_id,
                                 uint32_t virt_lpi);

/* What a host LPI is used for, as recorded in its host LPI table entry. */
enum host_lpi_kind {
    HOST_LPI_GUEST,     /* Injected by Xen as a vLPI (or INVALID_LPI). */
    HOST_LPI_DIRECT,    /* Its event is mapped as a vLPI (GICv4). */
    HOST_LPI_DOORBELL,  /* Doorbell of a vCPU (GICv4). */
};

void gicv3_lpi_set_host_entry(uint32_t host_lpi, domid_t domain_id,
                              enum host_lpi_kind kind, uint32_t value);
enum host_lpi_kind gicv3_lpi_get_host_kind(uint32_t host_lpi);
int gicv3_its_sync(struct host_its *its, unsigned int cpu);

/*
 * GICv4 direct mappings of a domain's device events, by the guest's
 * names (vITS doorbell, DeviceID, EventID).  -ENOENT: not direct.
 */
int gicv3_its_direct_map(struct domain *d, paddr_t vdoorbell, uint32_t vdevid,
                         uint32_t eventid, uint32_t vlpi, struct vcpu *v);
int gicv3_its_direct_unmap(struct domain *d, paddr_t vdoorbell,
                           uint32_t vdevid, uint32_t eventid, struct vcpu *v);
int gicv3_its_direct_move(struct domain *d, paddr_t vdoorbell,
                          uint32_t vdevid, uint32_t eventid, struct vcpu *v);
int gicv3_its_direct_cmd(struct domain *d, paddr_t vdoorbell, uint32_t vdevid,
                         uint32_t eventid, uint8_t opcode, struct vcpu *v);


#else

#ifdef CONFIG_ACPI
static inline unsigned long gicv3_its_make_hwdom_madt(const struct domain *d,
                                                      void *base_ptr)
{
    return 0;
}
#endif

static inline int gicv3_its_deny_access(struct domain *d)
{
    return 0;
}

static inline bool gicv3_its_host_has_its(void)
{
    return false;
}

static inline unsigned int vgic_v3_its_count(const struct domain *d)
{
    return 0;
}

static inline void gicv3_do_LPI(unsigned int lpi)
{
    /* We don't enable LPIs without an ITS. */
    BUG();
}

static inline int gicv3_lpi_init_rdist(void __iomem * rdist_base)
{
    return -ENODEV;
}

static inline int gicv3_lpi_init_host_lpis(unsigned int host_lpi_bits)
{
    return 0;
}

static inline int gicv3_its_init(void)
{
    return 0;
}

static inline void gicv3_set_redist_address(paddr_t address,
                                            unsigned int redist_id)
{
}

static inline int gicv3_its_setup_collection(unsigned int cpu)
{
    /* We should never get here without an ITS. */
    BUG();
}

static inline int vgic_v3_its_init_domain(struct domain *d)
{
    return 0;
}

static inline void vgic_v3_its_free_domain(struct domain *d)
{
}

static inline int gicv3_its_make_hwdom_dt_nodes(const struct domain *d,
                                                const struct dt_device_node *gic,
                                                void *fdt)
{
    return 0;
}

#endif /* CONFIG_HAS_ITS */

#ifdef CONFIG_GICV4

/* Boot-time detection, from the ITS and redistributor probing code. */
void gicv4_its_probe(struct host_its *its, uint64_t typer);
void gicv4_rdist_probe(void __iomem *rdist_base, uint64_t typer);
void gicv4_init(void);

/* Command builders (exposed for the unit tests). */
void gicv4_build_vmapp(uint64_t *cmd, struct host_its *its, uint16_t vpeid,
                       unsigned int cpu, paddr_t vpt, unsigned int id_bits,
                       bool valid);
void gicv4_build_vmapti(uint64_t *cmd, uint32_t devid, uint32_t eventid,
                        uint16_t vpeid, uint32_t vintid, uint32_t doorbell);
void gicv4_build_vmovi(uint64_t *cmd, uint32_t devid, uint32_t eventid,
                       uint16_t vpeid, uint32_t doorbell);
void gicv4_build_vmovp(uint64_t *cmd, struct host_its *its, uint16_t vpeid,
                       unsigned int cpu, uint16_t seq, uint16_t its_list);
void gicv4_build_vsync(uint64_t *cmd, uint16_t vpeid);
void gicv4_build_vinvall(uint64_t *cmd, uint16_t vpeid);
void gicv4_build_event_cmd(uint64_t *cmd, uint8_t opcode, uint32_t devid,
                           uint32_t eventid);

/* vPE residency and blocking, from the context switch and trap code. */
void gicv4_vcpu_load(struct vcpu *v);
void gicv4_vcpu_put(struct vcpu *v);
void gicv4_vcpu_block(struct vcpu *v);
bool gicv4_vcpu_pending(struct vcpu *v);

/* A doorbell LPI fired; called by the LPI handler. */
void gicv4_handle_doorbell(struct domain *d, uint32_t vcpu_id);

void gicv4_domain_destroy(struct domain *d);

/* Direct mappings of events, for the vITS; -ENOENT: not direct. */
int gicv4_map_vlpi(struct domain *d, struct host_its *its, uint32_t devid,
                   uint32_t eventid, uint32_t host_lpi, uint32_t vlpi,
                   struct vcpu *v);
int gicv4_unmap_vlpi(struct domain *d, struct host_its *its, uint32_t devid,
                     uint32_t eventid, uint32_t host_lpi, struct vcpu *v);
int gicv4_move_vlpi(struct domain *d, struct host_its *its, uint32_t devid,
                    uint32_t eventid, uint32_t host_lpi, struct vcpu *v);
int gicv4_event_cmd(struct domain *d, struct host_its *its, uint32_t devid,
                    uint32_t eventid, uint32_t host_lpi, uint8_t opcode,
                    struct vcpu *v);
int gicv4_invall(struct domain *d, struct vcpu *v);

/* Is direct injection in use?  Decided once at boot, never changes. */
extern bool gicv4_active;
static inline bool gicv4_is_active(void)
{
    return gicv4_active;
}

#else /* !CONFIG_GICV4 */

static inline void gicv4_its_probe(struct host_its *its, uint64_t typer) {}
static inline void gicv4_rdist_probe(void __iomem *rdist_base,
                                     uint64_t typer) {}
static inline void gicv4_init(void) {}
static inline bool gicv4_is_active(void)
{
    return false;
}
static inline void gicv4_vcpu_load(struct vcpu *v) {}
static inline void gicv4_vcpu_put(struct vcpu *v) {}
static inline void gicv4_vcpu_block(struct vcpu *v) {}
static inline bool gicv4_vcpu_pending(struct vcpu *v)
{
    return false;
}
static inline void gicv4_handle_doorbell(struct domain *d, uint32_t vcpu_id)
{
}
static inline void gicv4_domain_destroy(struct domain *d) {}
static inline int gicv4_map_vlpi(struct domain *d, struct host_its *its,
                                 uint32_t devid, uint32_t eventid,
                                 uint32_t host_lpi, uint32_t vlpi,
                                 struct vcpu *v)
{
    return -ENOENT;
}
static inline int gicv4_unmap_vlpi(struct domain *d, struct host_its *its,
                                   uint32_t devid, uint32_t eventid,
                                   uint32_t host_lpi, struct vcpu *v)
{
    return -ENOENT;
}
static inline int gicv4_move_vlpi(struct domain *d, struct host_its *its,
                                  uint32_t devid, uint32_t eventid,
                                  uint32_t host_lpi, struct vcpu *v)
{
    return -ENOENT;
}
static inline int gicv4_event_cmd(struct domain *d, struct host_its *its,
                                  uint32_t devid, uint32_t eventid,
                                  uint32_t host_lpi, uint8_t opcode,
                                  struct vcpu *v)
{
    return -ENOENT;
}
static inline int gicv4_invall(struct domain *d, struct vcpu *v)
{
    return -ENOENT;
}

#endif /* CONFIG_GICV4 */

#endif

/*
 * Local variables:
 * mode: C
 * c-file-style: "BSD"
 * c-basic-offset: 4
 * indent-tabs-mode: nil
 * End:
 */
