# Never ends: lets the host check that a hung boot is caught by its timeout.
echo "=== CHECK hang: sleeping until the host gives up"
while :; do sleep 60; done
