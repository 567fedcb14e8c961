/*
 * tests/unit/tests/xen_util.h: helpers shared by the cases that run Xen's
 * ITS code (test_xen_its.c, test_xen_defects.c).
 */
#ifndef TESTS_UNIT_XEN_UTIL_H
#define TESTS_UNIT_XEN_UTIL_H

#define HOST_DEVID      0x10
#define GUEST_DEVID     0x7
#define DOORBELL        (MODEL_ITS_BASE + ITS_DOORBELL_OFFSET)
#define GUEST_DOORBELL  0x08090040UL

/*
 * The vITS's MOVI of an event from vCPU @from (as the vITS believes) to
 * @to.  Some trees took @from too (Makefile: XEN_MOVE_VLPI_FROM).
 */
#ifdef XEN_MOVE_VLPI_FROM
#define move_vlpi(d, devid, ev, from, to) \
    gicv4_move_vlpi(d, GUEST_DOORBELL, devid, ev, from, to)
#else
#define move_vlpi(d, devid, ev, from, to) \
    ((void)(from), gicv4_move_vlpi(d, GUEST_DOORBELL, devid, ev, to))
#endif

/* Boot Xen on @m and create dom0 with 2 vCPUs. */
struct domain *boot(struct gic_model *m);
struct host_its *first_its(void);
/* gicv3_its_map_guest_device(valid) with the commands checked. */
void map_device(struct gic_model *m, struct domain *d, uint32_t hdev,
                uint32_t gdev, unsigned int nr);
/* The guest's MAPD V=0. */
int unmap_device(struct domain *d, uint32_t hdev, uint32_t gdev);
uint32_t host_lpi_of(struct gic_model *m, uint32_t hdev, uint32_t ev);
/* The guest's MAPTI: event -> vLPI on vCPU @vcpu. */
struct pending_irq *assign(struct domain *d, uint32_t gdev, uint32_t ev,
                           uint32_t vlpi, unsigned int vcpu);
/* Map with the @nth allocation failing, then check recovery. */
void map_with_failure(unsigned long nth, bool lazy);
/* Run @v on the current pCPU: what leave_hypervisor_to_guest() does. */
void enter_guest(struct gic_model *m, struct vcpu *v);
/* Switch @v out of the current pCPU: what ctxt_switch_from() does. */
void switch_out(struct vcpu *v);

#endif /* TESTS_UNIT_XEN_UTIL_H */
