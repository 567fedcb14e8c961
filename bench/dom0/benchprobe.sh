spin=""
for c in 0 1; do
    taskset -c "$c" nice -n 19 sh -c 'while :; do :; done' & spin="$spin $!"
done
sleep 1
echo "spin=$spin"; ps | grep -v ' \[' ; cat /proc/loadavg
head -3 /proc/stat; sleep 2; head -3 /proc/stat
kill $spin
dd if=/dev/zero of=/tmp/tx.bin bs=65536 count=16; ls -l /tmp/tx.bin
wget -O - --post-file /tmp/tx.bin "http://10.0.2.2:$E2E_bench_port/tx"; echo "wget rc=$?"
wget -O - --post-data hello "http://10.0.2.2:$E2E_bench_port/tx"; echo "wget rc=$?"
pass probe
