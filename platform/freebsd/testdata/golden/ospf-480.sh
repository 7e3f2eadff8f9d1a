#!/bin/sh
# vnetbench plan: ospf (attach=bridge dead=240 hello=60 mtu=9000 nodes=480 timers=seed tuning=auto) on freebsd
# Build:    sh THIS_FILE          Remove: sh THIS_FILE teardown
# Run as root. Jails are named vnb-plan-<node>; the host role is this machine itself.
# Daemon files and saved tunables live in /var/run/vnetbench/vnb-plan.
set -eu

# wait_gone CMD...: run CMD until it fails (what it looks for is gone), at most 60 s.
wait_gone() {
  n=0
  while "$@" >/dev/null 2>&1 && [ "$n" -lt 300 ]; do sleep 0.2; n=$((n + 1)); done
}

# teardown: daemons, interfaces from inside their jails, jails one at a time (each
# waited for until it is no longer dying), host interfaces, bridges, tunables.
teardown() {
  set +e
  # stop daemons (SIGTERM, SIGKILL after the grace period)
  pkill -TERM -j vnb-plan-jail1 -x bird
  pkill -TERM -j vnb-plan-jail2 -x bird
  pkill -TERM -j vnb-plan-jail3 -x bird
  pkill -TERM -j vnb-plan-jail4 -x bird
  pkill -TERM -j vnb-plan-jail5 -x bird
  pkill -TERM -j vnb-plan-jail6 -x bird
  pkill -TERM -j vnb-plan-jail7 -x bird
  pkill -TERM -j vnb-plan-jail8 -x bird
  pkill -TERM -j vnb-plan-jail9 -x bird
  pkill -TERM -j vnb-plan-jail10 -x bird
  pkill -TERM -j vnb-plan-jail11 -x bird
  pkill -TERM -j vnb-plan-jail12 -x bird
  pkill -TERM -j vnb-plan-jail13 -x bird
  pkill -TERM -j vnb-plan-jail14 -x bird
  pkill -TERM -j vnb-plan-jail15 -x bird
  pkill -TERM -j vnb-plan-jail16 -x bird
  pkill -TERM -j vnb-plan-jail17 -x bird
  pkill -TERM -j vnb-plan-jail18 -x bird
  pkill -TERM -j vnb-plan-jail19 -x bird
  pkill -TERM -j vnb-plan-jail20 -x bird
  pkill -TERM -j vnb-plan-jail21 -x bird
  pkill -TERM -j vnb-plan-jail22 -x bird
  pkill -TERM -j vnb-plan-jail23 -x bird
  pkill -TERM -j vnb-plan-jail24 -x bird
  pkill -TERM -j vnb-plan-jail25 -x bird
  pkill -TERM -j vnb-plan-jail26 -x bird
  pkill -TERM -j vnb-plan-jail27 -x bird
  pkill -TERM -j vnb-plan-jail28 -x bird
  pkill -TERM -j vnb-plan-jail29 -x bird
  pkill -TERM -j vnb-plan-jail30 -x bird
  pkill -TERM -j vnb-plan-jail31 -x bird
  pkill -TERM -j vnb-plan-jail32 -x bird
  pkill -TERM -j vnb-plan-jail33 -x bird
  pkill -TERM -j vnb-plan-jail34 -x bird
  pkill -TERM -j vnb-plan-jail35 -x bird
  pkill -TERM -j vnb-plan-jail36 -x bird
  pkill -TERM -j vnb-plan-jail37 -x bird
  pkill -TERM -j vnb-plan-jail38 -x bird
  pkill -TERM -j vnb-plan-jail39 -x bird
  pkill -TERM -j vnb-plan-jail40 -x bird
  pkill -TERM -j vnb-plan-jail41 -x bird
  pkill -TERM -j vnb-plan-jail42 -x bird
  pkill -TERM -j vnb-plan-jail43 -x bird
  pkill -TERM -j vnb-plan-jail44 -x bird
  pkill -TERM -j vnb-plan-jail45 -x bird
  pkill -TERM -j vnb-plan-jail46 -x bird
  pkill -TERM -j vnb-plan-jail47 -x bird
  pkill -TERM -j vnb-plan-jail48 -x bird
  pkill -TERM -j vnb-plan-jail49 -x bird
  pkill -TERM -j vnb-plan-jail50 -x bird
  pkill -TERM -j vnb-plan-jail51 -x bird
  pkill -TERM -j vnb-plan-jail52 -x bird
  pkill -TERM -j vnb-plan-jail53 -x bird
  pkill -TERM -j vnb-plan-jail54 -x bird
  pkill -TERM -j vnb-plan-jail55 -x bird
  pkill -TERM -j vnb-plan-jail56 -x bird
  pkill -TERM -j vnb-plan-jail57 -x bird
  pkill -TERM -j vnb-plan-jail58 -x bird
  pkill -TERM -j vnb-plan-jail59 -x bird
  pkill -TERM -j vnb-plan-jail60 -x bird
  pkill -TERM -j vnb-plan-jail61 -x bird
  pkill -TERM -j vnb-plan-jail62 -x bird
  pkill -TERM -j vnb-plan-jail63 -x bird
  pkill -TERM -j vnb-plan-jail64 -x bird
  pkill -TERM -j vnb-plan-jail65 -x bird
  pkill -TERM -j vnb-plan-jail66 -x bird
  pkill -TERM -j vnb-plan-jail67 -x bird
  pkill -TERM -j vnb-plan-jail68 -x bird
  pkill -TERM -j vnb-plan-jail69 -x bird
  pkill -TERM -j vnb-plan-jail70 -x bird
  pkill -TERM -j vnb-plan-jail71 -x bird
  pkill -TERM -j vnb-plan-jail72 -x bird
  pkill -TERM -j vnb-plan-jail73 -x bird
  pkill -TERM -j vnb-plan-jail74 -x bird
  pkill -TERM -j vnb-plan-jail75 -x bird
  pkill -TERM -j vnb-plan-jail76 -x bird
  pkill -TERM -j vnb-plan-jail77 -x bird
  pkill -TERM -j vnb-plan-jail78 -x bird
  pkill -TERM -j vnb-plan-jail79 -x bird
  pkill -TERM -j vnb-plan-jail80 -x bird
  pkill -TERM -j vnb-plan-jail81 -x bird
  pkill -TERM -j vnb-plan-jail82 -x bird
  pkill -TERM -j vnb-plan-jail83 -x bird
  pkill -TERM -j vnb-plan-jail84 -x bird
  pkill -TERM -j vnb-plan-jail85 -x bird
  pkill -TERM -j vnb-plan-jail86 -x bird
  pkill -TERM -j vnb-plan-jail87 -x bird
  pkill -TERM -j vnb-plan-jail88 -x bird
  pkill -TERM -j vnb-plan-jail89 -x bird
  pkill -TERM -j vnb-plan-jail90 -x bird
  pkill -TERM -j vnb-plan-jail91 -x bird
  pkill -TERM -j vnb-plan-jail92 -x bird
  pkill -TERM -j vnb-plan-jail93 -x bird
  pkill -TERM -j vnb-plan-jail94 -x bird
  pkill -TERM -j vnb-plan-jail95 -x bird
  pkill -TERM -j vnb-plan-jail96 -x bird
  pkill -TERM -j vnb-plan-jail97 -x bird
  pkill -TERM -j vnb-plan-jail98 -x bird
  pkill -TERM -j vnb-plan-jail99 -x bird
  pkill -TERM -j vnb-plan-jail100 -x bird
  pkill -TERM -j vnb-plan-jail101 -x bird
  pkill -TERM -j vnb-plan-jail102 -x bird
  pkill -TERM -j vnb-plan-jail103 -x bird
  pkill -TERM -j vnb-plan-jail104 -x bird
  pkill -TERM -j vnb-plan-jail105 -x bird
  pkill -TERM -j vnb-plan-jail106 -x bird
  pkill -TERM -j vnb-plan-jail107 -x bird
  pkill -TERM -j vnb-plan-jail108 -x bird
  pkill -TERM -j vnb-plan-jail109 -x bird
  pkill -TERM -j vnb-plan-jail110 -x bird
  pkill -TERM -j vnb-plan-jail111 -x bird
  pkill -TERM -j vnb-plan-jail112 -x bird
  pkill -TERM -j vnb-plan-jail113 -x bird
  pkill -TERM -j vnb-plan-jail114 -x bird
  pkill -TERM -j vnb-plan-jail115 -x bird
  pkill -TERM -j vnb-plan-jail116 -x bird
  pkill -TERM -j vnb-plan-jail117 -x bird
  pkill -TERM -j vnb-plan-jail118 -x bird
  pkill -TERM -j vnb-plan-jail119 -x bird
  pkill -TERM -j vnb-plan-jail120 -x bird
  pkill -TERM -j vnb-plan-jail121 -x bird
  pkill -TERM -j vnb-plan-jail122 -x bird
  pkill -TERM -j vnb-plan-jail123 -x bird
  pkill -TERM -j vnb-plan-jail124 -x bird
  pkill -TERM -j vnb-plan-jail125 -x bird
  pkill -TERM -j vnb-plan-jail126 -x bird
  pkill -TERM -j vnb-plan-jail127 -x bird
  pkill -TERM -j vnb-plan-jail128 -x bird
  pkill -TERM -j vnb-plan-jail129 -x bird
  pkill -TERM -j vnb-plan-jail130 -x bird
  pkill -TERM -j vnb-plan-jail131 -x bird
  pkill -TERM -j vnb-plan-jail132 -x bird
  pkill -TERM -j vnb-plan-jail133 -x bird
  pkill -TERM -j vnb-plan-jail134 -x bird
  pkill -TERM -j vnb-plan-jail135 -x bird
  pkill -TERM -j vnb-plan-jail136 -x bird
  pkill -TERM -j vnb-plan-jail137 -x bird
  pkill -TERM -j vnb-plan-jail138 -x bird
  pkill -TERM -j vnb-plan-jail139 -x bird
  pkill -TERM -j vnb-plan-jail140 -x bird
  pkill -TERM -j vnb-plan-jail141 -x bird
  pkill -TERM -j vnb-plan-jail142 -x bird
  pkill -TERM -j vnb-plan-jail143 -x bird
  pkill -TERM -j vnb-plan-jail144 -x bird
  pkill -TERM -j vnb-plan-jail145 -x bird
  pkill -TERM -j vnb-plan-jail146 -x bird
  pkill -TERM -j vnb-plan-jail147 -x bird
  pkill -TERM -j vnb-plan-jail148 -x bird
  pkill -TERM -j vnb-plan-jail149 -x bird
  pkill -TERM -j vnb-plan-jail150 -x bird
  pkill -TERM -j vnb-plan-jail151 -x bird
  pkill -TERM -j vnb-plan-jail152 -x bird
  pkill -TERM -j vnb-plan-jail153 -x bird
  pkill -TERM -j vnb-plan-jail154 -x bird
  pkill -TERM -j vnb-plan-jail155 -x bird
  pkill -TERM -j vnb-plan-jail156 -x bird
  pkill -TERM -j vnb-plan-jail157 -x bird
  pkill -TERM -j vnb-plan-jail158 -x bird
  pkill -TERM -j vnb-plan-jail159 -x bird
  pkill -TERM -j vnb-plan-jail160 -x bird
  pkill -TERM -j vnb-plan-jail161 -x bird
  pkill -TERM -j vnb-plan-jail162 -x bird
  pkill -TERM -j vnb-plan-jail163 -x bird
  pkill -TERM -j vnb-plan-jail164 -x bird
  pkill -TERM -j vnb-plan-jail165 -x bird
  pkill -TERM -j vnb-plan-jail166 -x bird
  pkill -TERM -j vnb-plan-jail167 -x bird
  pkill -TERM -j vnb-plan-jail168 -x bird
  pkill -TERM -j vnb-plan-jail169 -x bird
  pkill -TERM -j vnb-plan-jail170 -x bird
  pkill -TERM -j vnb-plan-jail171 -x bird
  pkill -TERM -j vnb-plan-jail172 -x bird
  pkill -TERM -j vnb-plan-jail173 -x bird
  pkill -TERM -j vnb-plan-jail174 -x bird
  pkill -TERM -j vnb-plan-jail175 -x bird
  pkill -TERM -j vnb-plan-jail176 -x bird
  pkill -TERM -j vnb-plan-jail177 -x bird
  pkill -TERM -j vnb-plan-jail178 -x bird
  pkill -TERM -j vnb-plan-jail179 -x bird
  pkill -TERM -j vnb-plan-jail180 -x bird
  pkill -TERM -j vnb-plan-jail181 -x bird
  pkill -TERM -j vnb-plan-jail182 -x bird
  pkill -TERM -j vnb-plan-jail183 -x bird
  pkill -TERM -j vnb-plan-jail184 -x bird
  pkill -TERM -j vnb-plan-jail185 -x bird
  pkill -TERM -j vnb-plan-jail186 -x bird
  pkill -TERM -j vnb-plan-jail187 -x bird
  pkill -TERM -j vnb-plan-jail188 -x bird
  pkill -TERM -j vnb-plan-jail189 -x bird
  pkill -TERM -j vnb-plan-jail190 -x bird
  pkill -TERM -j vnb-plan-jail191 -x bird
  pkill -TERM -j vnb-plan-jail192 -x bird
  pkill -TERM -j vnb-plan-jail193 -x bird
  pkill -TERM -j vnb-plan-jail194 -x bird
  pkill -TERM -j vnb-plan-jail195 -x bird
  pkill -TERM -j vnb-plan-jail196 -x bird
  pkill -TERM -j vnb-plan-jail197 -x bird
  pkill -TERM -j vnb-plan-jail198 -x bird
  pkill -TERM -j vnb-plan-jail199 -x bird
  pkill -TERM -j vnb-plan-jail200 -x bird
  pkill -TERM -j vnb-plan-jail201 -x bird
  pkill -TERM -j vnb-plan-jail202 -x bird
  pkill -TERM -j vnb-plan-jail203 -x bird
  pkill -TERM -j vnb-plan-jail204 -x bird
  pkill -TERM -j vnb-plan-jail205 -x bird
  pkill -TERM -j vnb-plan-jail206 -x bird
  pkill -TERM -j vnb-plan-jail207 -x bird
  pkill -TERM -j vnb-plan-jail208 -x bird
  pkill -TERM -j vnb-plan-jail209 -x bird
  pkill -TERM -j vnb-plan-jail210 -x bird
  pkill -TERM -j vnb-plan-jail211 -x bird
  pkill -TERM -j vnb-plan-jail212 -x bird
  pkill -TERM -j vnb-plan-jail213 -x bird
  pkill -TERM -j vnb-plan-jail214 -x bird
  pkill -TERM -j vnb-plan-jail215 -x bird
  pkill -TERM -j vnb-plan-jail216 -x bird
  pkill -TERM -j vnb-plan-jail217 -x bird
  pkill -TERM -j vnb-plan-jail218 -x bird
  pkill -TERM -j vnb-plan-jail219 -x bird
  pkill -TERM -j vnb-plan-jail220 -x bird
  pkill -TERM -j vnb-plan-jail221 -x bird
  pkill -TERM -j vnb-plan-jail222 -x bird
  pkill -TERM -j vnb-plan-jail223 -x bird
  pkill -TERM -j vnb-plan-jail224 -x bird
  pkill -TERM -j vnb-plan-jail225 -x bird
  pkill -TERM -j vnb-plan-jail226 -x bird
  pkill -TERM -j vnb-plan-jail227 -x bird
  pkill -TERM -j vnb-plan-jail228 -x bird
  pkill -TERM -j vnb-plan-jail229 -x bird
  pkill -TERM -j vnb-plan-jail230 -x bird
  pkill -TERM -j vnb-plan-jail231 -x bird
  pkill -TERM -j vnb-plan-jail232 -x bird
  pkill -TERM -j vnb-plan-jail233 -x bird
  pkill -TERM -j vnb-plan-jail234 -x bird
  pkill -TERM -j vnb-plan-jail235 -x bird
  pkill -TERM -j vnb-plan-jail236 -x bird
  pkill -TERM -j vnb-plan-jail237 -x bird
  pkill -TERM -j vnb-plan-jail238 -x bird
  pkill -TERM -j vnb-plan-jail239 -x bird
  pkill -TERM -j vnb-plan-jail240 -x bird
  pkill -TERM -j vnb-plan-jail241 -x bird
  pkill -TERM -j vnb-plan-jail242 -x bird
  pkill -TERM -j vnb-plan-jail243 -x bird
  pkill -TERM -j vnb-plan-jail244 -x bird
  pkill -TERM -j vnb-plan-jail245 -x bird
  pkill -TERM -j vnb-plan-jail246 -x bird
  pkill -TERM -j vnb-plan-jail247 -x bird
  pkill -TERM -j vnb-plan-jail248 -x bird
  pkill -TERM -j vnb-plan-jail249 -x bird
  pkill -TERM -j vnb-plan-jail250 -x bird
  pkill -TERM -j vnb-plan-jail251 -x bird
  pkill -TERM -j vnb-plan-jail252 -x bird
  pkill -TERM -j vnb-plan-jail253 -x bird
  pkill -TERM -j vnb-plan-jail254 -x bird
  pkill -TERM -j vnb-plan-jail255 -x bird
  pkill -TERM -j vnb-plan-jail256 -x bird
  pkill -TERM -j vnb-plan-jail257 -x bird
  pkill -TERM -j vnb-plan-jail258 -x bird
  pkill -TERM -j vnb-plan-jail259 -x bird
  pkill -TERM -j vnb-plan-jail260 -x bird
  pkill -TERM -j vnb-plan-jail261 -x bird
  pkill -TERM -j vnb-plan-jail262 -x bird
  pkill -TERM -j vnb-plan-jail263 -x bird
  pkill -TERM -j vnb-plan-jail264 -x bird
  pkill -TERM -j vnb-plan-jail265 -x bird
  pkill -TERM -j vnb-plan-jail266 -x bird
  pkill -TERM -j vnb-plan-jail267 -x bird
  pkill -TERM -j vnb-plan-jail268 -x bird
  pkill -TERM -j vnb-plan-jail269 -x bird
  pkill -TERM -j vnb-plan-jail270 -x bird
  pkill -TERM -j vnb-plan-jail271 -x bird
  pkill -TERM -j vnb-plan-jail272 -x bird
  pkill -TERM -j vnb-plan-jail273 -x bird
  pkill -TERM -j vnb-plan-jail274 -x bird
  pkill -TERM -j vnb-plan-jail275 -x bird
  pkill -TERM -j vnb-plan-jail276 -x bird
  pkill -TERM -j vnb-plan-jail277 -x bird
  pkill -TERM -j vnb-plan-jail278 -x bird
  pkill -TERM -j vnb-plan-jail279 -x bird
  pkill -TERM -j vnb-plan-jail280 -x bird
  pkill -TERM -j vnb-plan-jail281 -x bird
  pkill -TERM -j vnb-plan-jail282 -x bird
  pkill -TERM -j vnb-plan-jail283 -x bird
  pkill -TERM -j vnb-plan-jail284 -x bird
  pkill -TERM -j vnb-plan-jail285 -x bird
  pkill -TERM -j vnb-plan-jail286 -x bird
  pkill -TERM -j vnb-plan-jail287 -x bird
  pkill -TERM -j vnb-plan-jail288 -x bird
  pkill -TERM -j vnb-plan-jail289 -x bird
  pkill -TERM -j vnb-plan-jail290 -x bird
  pkill -TERM -j vnb-plan-jail291 -x bird
  pkill -TERM -j vnb-plan-jail292 -x bird
  pkill -TERM -j vnb-plan-jail293 -x bird
  pkill -TERM -j vnb-plan-jail294 -x bird
  pkill -TERM -j vnb-plan-jail295 -x bird
  pkill -TERM -j vnb-plan-jail296 -x bird
  pkill -TERM -j vnb-plan-jail297 -x bird
  pkill -TERM -j vnb-plan-jail298 -x bird
  pkill -TERM -j vnb-plan-jail299 -x bird
  pkill -TERM -j vnb-plan-jail300 -x bird
  pkill -TERM -j vnb-plan-jail301 -x bird
  pkill -TERM -j vnb-plan-jail302 -x bird
  pkill -TERM -j vnb-plan-jail303 -x bird
  pkill -TERM -j vnb-plan-jail304 -x bird
  pkill -TERM -j vnb-plan-jail305 -x bird
  pkill -TERM -j vnb-plan-jail306 -x bird
  pkill -TERM -j vnb-plan-jail307 -x bird
  pkill -TERM -j vnb-plan-jail308 -x bird
  pkill -TERM -j vnb-plan-jail309 -x bird
  pkill -TERM -j vnb-plan-jail310 -x bird
  pkill -TERM -j vnb-plan-jail311 -x bird
  pkill -TERM -j vnb-plan-jail312 -x bird
  pkill -TERM -j vnb-plan-jail313 -x bird
  pkill -TERM -j vnb-plan-jail314 -x bird
  pkill -TERM -j vnb-plan-jail315 -x bird
  pkill -TERM -j vnb-plan-jail316 -x bird
  pkill -TERM -j vnb-plan-jail317 -x bird
  pkill -TERM -j vnb-plan-jail318 -x bird
  pkill -TERM -j vnb-plan-jail319 -x bird
  pkill -TERM -j vnb-plan-jail320 -x bird
  pkill -TERM -j vnb-plan-jail321 -x bird
  pkill -TERM -j vnb-plan-jail322 -x bird
  pkill -TERM -j vnb-plan-jail323 -x bird
  pkill -TERM -j vnb-plan-jail324 -x bird
  pkill -TERM -j vnb-plan-jail325 -x bird
  pkill -TERM -j vnb-plan-jail326 -x bird
  pkill -TERM -j vnb-plan-jail327 -x bird
  pkill -TERM -j vnb-plan-jail328 -x bird
  pkill -TERM -j vnb-plan-jail329 -x bird
  pkill -TERM -j vnb-plan-jail330 -x bird
  pkill -TERM -j vnb-plan-jail331 -x bird
  pkill -TERM -j vnb-plan-jail332 -x bird
  pkill -TERM -j vnb-plan-jail333 -x bird
  pkill -TERM -j vnb-plan-jail334 -x bird
  pkill -TERM -j vnb-plan-jail335 -x bird
  pkill -TERM -j vnb-plan-jail336 -x bird
  pkill -TERM -j vnb-plan-jail337 -x bird
  pkill -TERM -j vnb-plan-jail338 -x bird
  pkill -TERM -j vnb-plan-jail339 -x bird
  pkill -TERM -j vnb-plan-jail340 -x bird
  pkill -TERM -j vnb-plan-jail341 -x bird
  pkill -TERM -j vnb-plan-jail342 -x bird
  pkill -TERM -j vnb-plan-jail343 -x bird
  pkill -TERM -j vnb-plan-jail344 -x bird
  pkill -TERM -j vnb-plan-jail345 -x bird
  pkill -TERM -j vnb-plan-jail346 -x bird
  pkill -TERM -j vnb-plan-jail347 -x bird
  pkill -TERM -j vnb-plan-jail348 -x bird
  pkill -TERM -j vnb-plan-jail349 -x bird
  pkill -TERM -j vnb-plan-jail350 -x bird
  pkill -TERM -j vnb-plan-jail351 -x bird
  pkill -TERM -j vnb-plan-jail352 -x bird
  pkill -TERM -j vnb-plan-jail353 -x bird
  pkill -TERM -j vnb-plan-jail354 -x bird
  pkill -TERM -j vnb-plan-jail355 -x bird
  pkill -TERM -j vnb-plan-jail356 -x bird
  pkill -TERM -j vnb-plan-jail357 -x bird
  pkill -TERM -j vnb-plan-jail358 -x bird
  pkill -TERM -j vnb-plan-jail359 -x bird
  pkill -TERM -j vnb-plan-jail360 -x bird
  pkill -TERM -j vnb-plan-jail361 -x bird
  pkill -TERM -j vnb-plan-jail362 -x bird
  pkill -TERM -j vnb-plan-jail363 -x bird
  pkill -TERM -j vnb-plan-jail364 -x bird
  pkill -TERM -j vnb-plan-jail365 -x bird
  pkill -TERM -j vnb-plan-jail366 -x bird
  pkill -TERM -j vnb-plan-jail367 -x bird
  pkill -TERM -j vnb-plan-jail368 -x bird
  pkill -TERM -j vnb-plan-jail369 -x bird
  pkill -TERM -j vnb-plan-jail370 -x bird
  pkill -TERM -j vnb-plan-jail371 -x bird
  pkill -TERM -j vnb-plan-jail372 -x bird
  pkill -TERM -j vnb-plan-jail373 -x bird
  pkill -TERM -j vnb-plan-jail374 -x bird
  pkill -TERM -j vnb-plan-jail375 -x bird
  pkill -TERM -j vnb-plan-jail376 -x bird
  pkill -TERM -j vnb-plan-jail377 -x bird
  pkill -TERM -j vnb-plan-jail378 -x bird
  pkill -TERM -j vnb-plan-jail379 -x bird
  pkill -TERM -j vnb-plan-jail380 -x bird
  pkill -TERM -j vnb-plan-jail381 -x bird
  pkill -TERM -j vnb-plan-jail382 -x bird
  pkill -TERM -j vnb-plan-jail383 -x bird
  pkill -TERM -j vnb-plan-jail384 -x bird
  pkill -TERM -j vnb-plan-jail385 -x bird
  pkill -TERM -j vnb-plan-jail386 -x bird
  pkill -TERM -j vnb-plan-jail387 -x bird
  pkill -TERM -j vnb-plan-jail388 -x bird
  pkill -TERM -j vnb-plan-jail389 -x bird
  pkill -TERM -j vnb-plan-jail390 -x bird
  pkill -TERM -j vnb-plan-jail391 -x bird
  pkill -TERM -j vnb-plan-jail392 -x bird
  pkill -TERM -j vnb-plan-jail393 -x bird
  pkill -TERM -j vnb-plan-jail394 -x bird
  pkill -TERM -j vnb-plan-jail395 -x bird
  pkill -TERM -j vnb-plan-jail396 -x bird
  pkill -TERM -j vnb-plan-jail397 -x bird
  pkill -TERM -j vnb-plan-jail398 -x bird
  pkill -TERM -j vnb-plan-jail399 -x bird
  pkill -TERM -j vnb-plan-jail400 -x bird
  pkill -TERM -j vnb-plan-jail401 -x bird
  pkill -TERM -j vnb-plan-jail402 -x bird
  pkill -TERM -j vnb-plan-jail403 -x bird
  pkill -TERM -j vnb-plan-jail404 -x bird
  pkill -TERM -j vnb-plan-jail405 -x bird
  pkill -TERM -j vnb-plan-jail406 -x bird
  pkill -TERM -j vnb-plan-jail407 -x bird
  pkill -TERM -j vnb-plan-jail408 -x bird
  pkill -TERM -j vnb-plan-jail409 -x bird
  pkill -TERM -j vnb-plan-jail410 -x bird
  pkill -TERM -j vnb-plan-jail411 -x bird
  pkill -TERM -j vnb-plan-jail412 -x bird
  pkill -TERM -j vnb-plan-jail413 -x bird
  pkill -TERM -j vnb-plan-jail414 -x bird
  pkill -TERM -j vnb-plan-jail415 -x bird
  pkill -TERM -j vnb-plan-jail416 -x bird
  pkill -TERM -j vnb-plan-jail417 -x bird
  pkill -TERM -j vnb-plan-jail418 -x bird
  pkill -TERM -j vnb-plan-jail419 -x bird
  pkill -TERM -j vnb-plan-jail420 -x bird
  pkill -TERM -j vnb-plan-jail421 -x bird
  pkill -TERM -j vnb-plan-jail422 -x bird
  pkill -TERM -j vnb-plan-jail423 -x bird
  pkill -TERM -j vnb-plan-jail424 -x bird
  pkill -TERM -j vnb-plan-jail425 -x bird
  pkill -TERM -j vnb-plan-jail426 -x bird
  pkill -TERM -j vnb-plan-jail427 -x bird
  pkill -TERM -j vnb-plan-jail428 -x bird
  pkill -TERM -j vnb-plan-jail429 -x bird
  pkill -TERM -j vnb-plan-jail430 -x bird
  pkill -TERM -j vnb-plan-jail431 -x bird
  pkill -TERM -j vnb-plan-jail432 -x bird
  pkill -TERM -j vnb-plan-jail433 -x bird
  pkill -TERM -j vnb-plan-jail434 -x bird
  pkill -TERM -j vnb-plan-jail435 -x bird
  pkill -TERM -j vnb-plan-jail436 -x bird
  pkill -TERM -j vnb-plan-jail437 -x bird
  pkill -TERM -j vnb-plan-jail438 -x bird
  pkill -TERM -j vnb-plan-jail439 -x bird
  pkill -TERM -j vnb-plan-jail440 -x bird
  pkill -TERM -j vnb-plan-jail441 -x bird
  pkill -TERM -j vnb-plan-jail442 -x bird
  pkill -TERM -j vnb-plan-jail443 -x bird
  pkill -TERM -j vnb-plan-jail444 -x bird
  pkill -TERM -j vnb-plan-jail445 -x bird
  pkill -TERM -j vnb-plan-jail446 -x bird
  pkill -TERM -j vnb-plan-jail447 -x bird
  pkill -TERM -j vnb-plan-jail448 -x bird
  pkill -TERM -j vnb-plan-jail449 -x bird
  pkill -TERM -j vnb-plan-jail450 -x bird
  pkill -TERM -j vnb-plan-jail451 -x bird
  pkill -TERM -j vnb-plan-jail452 -x bird
  pkill -TERM -j vnb-plan-jail453 -x bird
  pkill -TERM -j vnb-plan-jail454 -x bird
  pkill -TERM -j vnb-plan-jail455 -x bird
  pkill -TERM -j vnb-plan-jail456 -x bird
  pkill -TERM -j vnb-plan-jail457 -x bird
  pkill -TERM -j vnb-plan-jail458 -x bird
  pkill -TERM -j vnb-plan-jail459 -x bird
  pkill -TERM -j vnb-plan-jail460 -x bird
  pkill -TERM -j vnb-plan-jail461 -x bird
  pkill -TERM -j vnb-plan-jail462 -x bird
  pkill -TERM -j vnb-plan-jail463 -x bird
  pkill -TERM -j vnb-plan-jail464 -x bird
  pkill -TERM -j vnb-plan-jail465 -x bird
  pkill -TERM -j vnb-plan-jail466 -x bird
  pkill -TERM -j vnb-plan-jail467 -x bird
  pkill -TERM -j vnb-plan-jail468 -x bird
  pkill -TERM -j vnb-plan-jail469 -x bird
  pkill -TERM -j vnb-plan-jail470 -x bird
  pkill -TERM -j vnb-plan-jail471 -x bird
  pkill -TERM -j vnb-plan-jail472 -x bird
  pkill -TERM -j vnb-plan-jail473 -x bird
  pkill -TERM -j vnb-plan-jail474 -x bird
  pkill -TERM -j vnb-plan-jail475 -x bird
  pkill -TERM -j vnb-plan-jail476 -x bird
  pkill -TERM -j vnb-plan-jail477 -x bird
  pkill -TERM -j vnb-plan-jail478 -x bird
  pkill -TERM -j vnb-plan-jail479 -x bird
  pkill -TERM -j vnb-plan-jail480 -x bird
  wait_gone pgrep -j vnb-plan-jail1 -x bird
  wait_gone pgrep -j vnb-plan-jail2 -x bird
  wait_gone pgrep -j vnb-plan-jail3 -x bird
  wait_gone pgrep -j vnb-plan-jail4 -x bird
  wait_gone pgrep -j vnb-plan-jail5 -x bird
  wait_gone pgrep -j vnb-plan-jail6 -x bird
  wait_gone pgrep -j vnb-plan-jail7 -x bird
  wait_gone pgrep -j vnb-plan-jail8 -x bird
  wait_gone pgrep -j vnb-plan-jail9 -x bird
  wait_gone pgrep -j vnb-plan-jail10 -x bird
  wait_gone pgrep -j vnb-plan-jail11 -x bird
  wait_gone pgrep -j vnb-plan-jail12 -x bird
  wait_gone pgrep -j vnb-plan-jail13 -x bird
  wait_gone pgrep -j vnb-plan-jail14 -x bird
  wait_gone pgrep -j vnb-plan-jail15 -x bird
  wait_gone pgrep -j vnb-plan-jail16 -x bird
  wait_gone pgrep -j vnb-plan-jail17 -x bird
  wait_gone pgrep -j vnb-plan-jail18 -x bird
  wait_gone pgrep -j vnb-plan-jail19 -x bird
  wait_gone pgrep -j vnb-plan-jail20 -x bird
  wait_gone pgrep -j vnb-plan-jail21 -x bird
  wait_gone pgrep -j vnb-plan-jail22 -x bird
  wait_gone pgrep -j vnb-plan-jail23 -x bird
  wait_gone pgrep -j vnb-plan-jail24 -x bird
  wait_gone pgrep -j vnb-plan-jail25 -x bird
  wait_gone pgrep -j vnb-plan-jail26 -x bird
  wait_gone pgrep -j vnb-plan-jail27 -x bird
  wait_gone pgrep -j vnb-plan-jail28 -x bird
  wait_gone pgrep -j vnb-plan-jail29 -x bird
  wait_gone pgrep -j vnb-plan-jail30 -x bird
  wait_gone pgrep -j vnb-plan-jail31 -x bird
  wait_gone pgrep -j vnb-plan-jail32 -x bird
  wait_gone pgrep -j vnb-plan-jail33 -x bird
  wait_gone pgrep -j vnb-plan-jail34 -x bird
  wait_gone pgrep -j vnb-plan-jail35 -x bird
  wait_gone pgrep -j vnb-plan-jail36 -x bird
  wait_gone pgrep -j vnb-plan-jail37 -x bird
  wait_gone pgrep -j vnb-plan-jail38 -x bird
  wait_gone pgrep -j vnb-plan-jail39 -x bird
  wait_gone pgrep -j vnb-plan-jail40 -x bird
  wait_gone pgrep -j vnb-plan-jail41 -x bird
  wait_gone pgrep -j vnb-plan-jail42 -x bird
  wait_gone pgrep -j vnb-plan-jail43 -x bird
  wait_gone pgrep -j vnb-plan-jail44 -x bird
  wait_gone pgrep -j vnb-plan-jail45 -x bird
  wait_gone pgrep -j vnb-plan-jail46 -x bird
  wait_gone pgrep -j vnb-plan-jail47 -x bird
  wait_gone pgrep -j vnb-plan-jail48 -x bird
  wait_gone pgrep -j vnb-plan-jail49 -x bird
  wait_gone pgrep -j vnb-plan-jail50 -x bird
  wait_gone pgrep -j vnb-plan-jail51 -x bird
  wait_gone pgrep -j vnb-plan-jail52 -x bird
  wait_gone pgrep -j vnb-plan-jail53 -x bird
  wait_gone pgrep -j vnb-plan-jail54 -x bird
  wait_gone pgrep -j vnb-plan-jail55 -x bird
  wait_gone pgrep -j vnb-plan-jail56 -x bird
  wait_gone pgrep -j vnb-plan-jail57 -x bird
  wait_gone pgrep -j vnb-plan-jail58 -x bird
  wait_gone pgrep -j vnb-plan-jail59 -x bird
  wait_gone pgrep -j vnb-plan-jail60 -x bird
  wait_gone pgrep -j vnb-plan-jail61 -x bird
  wait_gone pgrep -j vnb-plan-jail62 -x bird
  wait_gone pgrep -j vnb-plan-jail63 -x bird
  wait_gone pgrep -j vnb-plan-jail64 -x bird
  wait_gone pgrep -j vnb-plan-jail65 -x bird
  wait_gone pgrep -j vnb-plan-jail66 -x bird
  wait_gone pgrep -j vnb-plan-jail67 -x bird
  wait_gone pgrep -j vnb-plan-jail68 -x bird
  wait_gone pgrep -j vnb-plan-jail69 -x bird
  wait_gone pgrep -j vnb-plan-jail70 -x bird
  wait_gone pgrep -j vnb-plan-jail71 -x bird
  wait_gone pgrep -j vnb-plan-jail72 -x bird
  wait_gone pgrep -j vnb-plan-jail73 -x bird
  wait_gone pgrep -j vnb-plan-jail74 -x bird
  wait_gone pgrep -j vnb-plan-jail75 -x bird
  wait_gone pgrep -j vnb-plan-jail76 -x bird
  wait_gone pgrep -j vnb-plan-jail77 -x bird
  wait_gone pgrep -j vnb-plan-jail78 -x bird
  wait_gone pgrep -j vnb-plan-jail79 -x bird
  wait_gone pgrep -j vnb-plan-jail80 -x bird
  wait_gone pgrep -j vnb-plan-jail81 -x bird
  wait_gone pgrep -j vnb-plan-jail82 -x bird
  wait_gone pgrep -j vnb-plan-jail83 -x bird
  wait_gone pgrep -j vnb-plan-jail84 -x bird
  wait_gone pgrep -j vnb-plan-jail85 -x bird
  wait_gone pgrep -j vnb-plan-jail86 -x bird
  wait_gone pgrep -j vnb-plan-jail87 -x bird
  wait_gone pgrep -j vnb-plan-jail88 -x bird
  wait_gone pgrep -j vnb-plan-jail89 -x bird
  wait_gone pgrep -j vnb-plan-jail90 -x bird
  wait_gone pgrep -j vnb-plan-jail91 -x bird
  wait_gone pgrep -j vnb-plan-jail92 -x bird
  wait_gone pgrep -j vnb-plan-jail93 -x bird
  wait_gone pgrep -j vnb-plan-jail94 -x bird
  wait_gone pgrep -j vnb-plan-jail95 -x bird
  wait_gone pgrep -j vnb-plan-jail96 -x bird
  wait_gone pgrep -j vnb-plan-jail97 -x bird
  wait_gone pgrep -j vnb-plan-jail98 -x bird
  wait_gone pgrep -j vnb-plan-jail99 -x bird
  wait_gone pgrep -j vnb-plan-jail100 -x bird
  wait_gone pgrep -j vnb-plan-jail101 -x bird
  wait_gone pgrep -j vnb-plan-jail102 -x bird
  wait_gone pgrep -j vnb-plan-jail103 -x bird
  wait_gone pgrep -j vnb-plan-jail104 -x bird
  wait_gone pgrep -j vnb-plan-jail105 -x bird
  wait_gone pgrep -j vnb-plan-jail106 -x bird
  wait_gone pgrep -j vnb-plan-jail107 -x bird
  wait_gone pgrep -j vnb-plan-jail108 -x bird
  wait_gone pgrep -j vnb-plan-jail109 -x bird
  wait_gone pgrep -j vnb-plan-jail110 -x bird
  wait_gone pgrep -j vnb-plan-jail111 -x bird
  wait_gone pgrep -j vnb-plan-jail112 -x bird
  wait_gone pgrep -j vnb-plan-jail113 -x bird
  wait_gone pgrep -j vnb-plan-jail114 -x bird
  wait_gone pgrep -j vnb-plan-jail115 -x bird
  wait_gone pgrep -j vnb-plan-jail116 -x bird
  wait_gone pgrep -j vnb-plan-jail117 -x bird
  wait_gone pgrep -j vnb-plan-jail118 -x bird
  wait_gone pgrep -j vnb-plan-jail119 -x bird
  wait_gone pgrep -j vnb-plan-jail120 -x bird
  wait_gone pgrep -j vnb-plan-jail121 -x bird
  wait_gone pgrep -j vnb-plan-jail122 -x bird
  wait_gone pgrep -j vnb-plan-jail123 -x bird
  wait_gone pgrep -j vnb-plan-jail124 -x bird
  wait_gone pgrep -j vnb-plan-jail125 -x bird
  wait_gone pgrep -j vnb-plan-jail126 -x bird
  wait_gone pgrep -j vnb-plan-jail127 -x bird
  wait_gone pgrep -j vnb-plan-jail128 -x bird
  wait_gone pgrep -j vnb-plan-jail129 -x bird
  wait_gone pgrep -j vnb-plan-jail130 -x bird
  wait_gone pgrep -j vnb-plan-jail131 -x bird
  wait_gone pgrep -j vnb-plan-jail132 -x bird
  wait_gone pgrep -j vnb-plan-jail133 -x bird
  wait_gone pgrep -j vnb-plan-jail134 -x bird
  wait_gone pgrep -j vnb-plan-jail135 -x bird
  wait_gone pgrep -j vnb-plan-jail136 -x bird
  wait_gone pgrep -j vnb-plan-jail137 -x bird
  wait_gone pgrep -j vnb-plan-jail138 -x bird
  wait_gone pgrep -j vnb-plan-jail139 -x bird
  wait_gone pgrep -j vnb-plan-jail140 -x bird
  wait_gone pgrep -j vnb-plan-jail141 -x bird
  wait_gone pgrep -j vnb-plan-jail142 -x bird
  wait_gone pgrep -j vnb-plan-jail143 -x bird
  wait_gone pgrep -j vnb-plan-jail144 -x bird
  wait_gone pgrep -j vnb-plan-jail145 -x bird
  wait_gone pgrep -j vnb-plan-jail146 -x bird
  wait_gone pgrep -j vnb-plan-jail147 -x bird
  wait_gone pgrep -j vnb-plan-jail148 -x bird
  wait_gone pgrep -j vnb-plan-jail149 -x bird
  wait_gone pgrep -j vnb-plan-jail150 -x bird
  wait_gone pgrep -j vnb-plan-jail151 -x bird
  wait_gone pgrep -j vnb-plan-jail152 -x bird
  wait_gone pgrep -j vnb-plan-jail153 -x bird
  wait_gone pgrep -j vnb-plan-jail154 -x bird
  wait_gone pgrep -j vnb-plan-jail155 -x bird
  wait_gone pgrep -j vnb-plan-jail156 -x bird
  wait_gone pgrep -j vnb-plan-jail157 -x bird
  wait_gone pgrep -j vnb-plan-jail158 -x bird
  wait_gone pgrep -j vnb-plan-jail159 -x bird
  wait_gone pgrep -j vnb-plan-jail160 -x bird
  wait_gone pgrep -j vnb-plan-jail161 -x bird
  wait_gone pgrep -j vnb-plan-jail162 -x bird
  wait_gone pgrep -j vnb-plan-jail163 -x bird
  wait_gone pgrep -j vnb-plan-jail164 -x bird
  wait_gone pgrep -j vnb-plan-jail165 -x bird
  wait_gone pgrep -j vnb-plan-jail166 -x bird
  wait_gone pgrep -j vnb-plan-jail167 -x bird
  wait_gone pgrep -j vnb-plan-jail168 -x bird
  wait_gone pgrep -j vnb-plan-jail169 -x bird
  wait_gone pgrep -j vnb-plan-jail170 -x bird
  wait_gone pgrep -j vnb-plan-jail171 -x bird
  wait_gone pgrep -j vnb-plan-jail172 -x bird
  wait_gone pgrep -j vnb-plan-jail173 -x bird
  wait_gone pgrep -j vnb-plan-jail174 -x bird
  wait_gone pgrep -j vnb-plan-jail175 -x bird
  wait_gone pgrep -j vnb-plan-jail176 -x bird
  wait_gone pgrep -j vnb-plan-jail177 -x bird
  wait_gone pgrep -j vnb-plan-jail178 -x bird
  wait_gone pgrep -j vnb-plan-jail179 -x bird
  wait_gone pgrep -j vnb-plan-jail180 -x bird
  wait_gone pgrep -j vnb-plan-jail181 -x bird
  wait_gone pgrep -j vnb-plan-jail182 -x bird
  wait_gone pgrep -j vnb-plan-jail183 -x bird
  wait_gone pgrep -j vnb-plan-jail184 -x bird
  wait_gone pgrep -j vnb-plan-jail185 -x bird
  wait_gone pgrep -j vnb-plan-jail186 -x bird
  wait_gone pgrep -j vnb-plan-jail187 -x bird
  wait_gone pgrep -j vnb-plan-jail188 -x bird
  wait_gone pgrep -j vnb-plan-jail189 -x bird
  wait_gone pgrep -j vnb-plan-jail190 -x bird
  wait_gone pgrep -j vnb-plan-jail191 -x bird
  wait_gone pgrep -j vnb-plan-jail192 -x bird
  wait_gone pgrep -j vnb-plan-jail193 -x bird
  wait_gone pgrep -j vnb-plan-jail194 -x bird
  wait_gone pgrep -j vnb-plan-jail195 -x bird
  wait_gone pgrep -j vnb-plan-jail196 -x bird
  wait_gone pgrep -j vnb-plan-jail197 -x bird
  wait_gone pgrep -j vnb-plan-jail198 -x bird
  wait_gone pgrep -j vnb-plan-jail199 -x bird
  wait_gone pgrep -j vnb-plan-jail200 -x bird
  wait_gone pgrep -j vnb-plan-jail201 -x bird
  wait_gone pgrep -j vnb-plan-jail202 -x bird
  wait_gone pgrep -j vnb-plan-jail203 -x bird
  wait_gone pgrep -j vnb-plan-jail204 -x bird
  wait_gone pgrep -j vnb-plan-jail205 -x bird
  wait_gone pgrep -j vnb-plan-jail206 -x bird
  wait_gone pgrep -j vnb-plan-jail207 -x bird
  wait_gone pgrep -j vnb-plan-jail208 -x bird
  wait_gone pgrep -j vnb-plan-jail209 -x bird
  wait_gone pgrep -j vnb-plan-jail210 -x bird
  wait_gone pgrep -j vnb-plan-jail211 -x bird
  wait_gone pgrep -j vnb-plan-jail212 -x bird
  wait_gone pgrep -j vnb-plan-jail213 -x bird
  wait_gone pgrep -j vnb-plan-jail214 -x bird
  wait_gone pgrep -j vnb-plan-jail215 -x bird
  wait_gone pgrep -j vnb-plan-jail216 -x bird
  wait_gone pgrep -j vnb-plan-jail217 -x bird
  wait_gone pgrep -j vnb-plan-jail218 -x bird
  wait_gone pgrep -j vnb-plan-jail219 -x bird
  wait_gone pgrep -j vnb-plan-jail220 -x bird
  wait_gone pgrep -j vnb-plan-jail221 -x bird
  wait_gone pgrep -j vnb-plan-jail222 -x bird
  wait_gone pgrep -j vnb-plan-jail223 -x bird
  wait_gone pgrep -j vnb-plan-jail224 -x bird
  wait_gone pgrep -j vnb-plan-jail225 -x bird
  wait_gone pgrep -j vnb-plan-jail226 -x bird
  wait_gone pgrep -j vnb-plan-jail227 -x bird
  wait_gone pgrep -j vnb-plan-jail228 -x bird
  wait_gone pgrep -j vnb-plan-jail229 -x bird
  wait_gone pgrep -j vnb-plan-jail230 -x bird
  wait_gone pgrep -j vnb-plan-jail231 -x bird
  wait_gone pgrep -j vnb-plan-jail232 -x bird
  wait_gone pgrep -j vnb-plan-jail233 -x bird
  wait_gone pgrep -j vnb-plan-jail234 -x bird
  wait_gone pgrep -j vnb-plan-jail235 -x bird
  wait_gone pgrep -j vnb-plan-jail236 -x bird
  wait_gone pgrep -j vnb-plan-jail237 -x bird
  wait_gone pgrep -j vnb-plan-jail238 -x bird
  wait_gone pgrep -j vnb-plan-jail239 -x bird
  wait_gone pgrep -j vnb-plan-jail240 -x bird
  wait_gone pgrep -j vnb-plan-jail241 -x bird
  wait_gone pgrep -j vnb-plan-jail242 -x bird
  wait_gone pgrep -j vnb-plan-jail243 -x bird
  wait_gone pgrep -j vnb-plan-jail244 -x bird
  wait_gone pgrep -j vnb-plan-jail245 -x bird
  wait_gone pgrep -j vnb-plan-jail246 -x bird
  wait_gone pgrep -j vnb-plan-jail247 -x bird
  wait_gone pgrep -j vnb-plan-jail248 -x bird
  wait_gone pgrep -j vnb-plan-jail249 -x bird
  wait_gone pgrep -j vnb-plan-jail250 -x bird
  wait_gone pgrep -j vnb-plan-jail251 -x bird
  wait_gone pgrep -j vnb-plan-jail252 -x bird
  wait_gone pgrep -j vnb-plan-jail253 -x bird
  wait_gone pgrep -j vnb-plan-jail254 -x bird
  wait_gone pgrep -j vnb-plan-jail255 -x bird
  wait_gone pgrep -j vnb-plan-jail256 -x bird
  wait_gone pgrep -j vnb-plan-jail257 -x bird
  wait_gone pgrep -j vnb-plan-jail258 -x bird
  wait_gone pgrep -j vnb-plan-jail259 -x bird
  wait_gone pgrep -j vnb-plan-jail260 -x bird
  wait_gone pgrep -j vnb-plan-jail261 -x bird
  wait_gone pgrep -j vnb-plan-jail262 -x bird
  wait_gone pgrep -j vnb-plan-jail263 -x bird
  wait_gone pgrep -j vnb-plan-jail264 -x bird
  wait_gone pgrep -j vnb-plan-jail265 -x bird
  wait_gone pgrep -j vnb-plan-jail266 -x bird
  wait_gone pgrep -j vnb-plan-jail267 -x bird
  wait_gone pgrep -j vnb-plan-jail268 -x bird
  wait_gone pgrep -j vnb-plan-jail269 -x bird
  wait_gone pgrep -j vnb-plan-jail270 -x bird
  wait_gone pgrep -j vnb-plan-jail271 -x bird
  wait_gone pgrep -j vnb-plan-jail272 -x bird
  wait_gone pgrep -j vnb-plan-jail273 -x bird
  wait_gone pgrep -j vnb-plan-jail274 -x bird
  wait_gone pgrep -j vnb-plan-jail275 -x bird
  wait_gone pgrep -j vnb-plan-jail276 -x bird
  wait_gone pgrep -j vnb-plan-jail277 -x bird
  wait_gone pgrep -j vnb-plan-jail278 -x bird
  wait_gone pgrep -j vnb-plan-jail279 -x bird
  wait_gone pgrep -j vnb-plan-jail280 -x bird
  wait_gone pgrep -j vnb-plan-jail281 -x bird
  wait_gone pgrep -j vnb-plan-jail282 -x bird
  wait_gone pgrep -j vnb-plan-jail283 -x bird
  wait_gone pgrep -j vnb-plan-jail284 -x bird
  wait_gone pgrep -j vnb-plan-jail285 -x bird
  wait_gone pgrep -j vnb-plan-jail286 -x bird
  wait_gone pgrep -j vnb-plan-jail287 -x bird
  wait_gone pgrep -j vnb-plan-jail288 -x bird
  wait_gone pgrep -j vnb-plan-jail289 -x bird
  wait_gone pgrep -j vnb-plan-jail290 -x bird
  wait_gone pgrep -j vnb-plan-jail291 -x bird
  wait_gone pgrep -j vnb-plan-jail292 -x bird
  wait_gone pgrep -j vnb-plan-jail293 -x bird
  wait_gone pgrep -j vnb-plan-jail294 -x bird
  wait_gone pgrep -j vnb-plan-jail295 -x bird
  wait_gone pgrep -j vnb-plan-jail296 -x bird
  wait_gone pgrep -j vnb-plan-jail297 -x bird
  wait_gone pgrep -j vnb-plan-jail298 -x bird
  wait_gone pgrep -j vnb-plan-jail299 -x bird
  wait_gone pgrep -j vnb-plan-jail300 -x bird
  wait_gone pgrep -j vnb-plan-jail301 -x bird
  wait_gone pgrep -j vnb-plan-jail302 -x bird
  wait_gone pgrep -j vnb-plan-jail303 -x bird
  wait_gone pgrep -j vnb-plan-jail304 -x bird
  wait_gone pgrep -j vnb-plan-jail305 -x bird
  wait_gone pgrep -j vnb-plan-jail306 -x bird
  wait_gone pgrep -j vnb-plan-jail307 -x bird
  wait_gone pgrep -j vnb-plan-jail308 -x bird
  wait_gone pgrep -j vnb-plan-jail309 -x bird
  wait_gone pgrep -j vnb-plan-jail310 -x bird
  wait_gone pgrep -j vnb-plan-jail311 -x bird
  wait_gone pgrep -j vnb-plan-jail312 -x bird
  wait_gone pgrep -j vnb-plan-jail313 -x bird
  wait_gone pgrep -j vnb-plan-jail314 -x bird
  wait_gone pgrep -j vnb-plan-jail315 -x bird
  wait_gone pgrep -j vnb-plan-jail316 -x bird
  wait_gone pgrep -j vnb-plan-jail317 -x bird
  wait_gone pgrep -j vnb-plan-jail318 -x bird
  wait_gone pgrep -j vnb-plan-jail319 -x bird
  wait_gone pgrep -j vnb-plan-jail320 -x bird
  wait_gone pgrep -j vnb-plan-jail321 -x bird
  wait_gone pgrep -j vnb-plan-jail322 -x bird
  wait_gone pgrep -j vnb-plan-jail323 -x bird
  wait_gone pgrep -j vnb-plan-jail324 -x bird
  wait_gone pgrep -j vnb-plan-jail325 -x bird
  wait_gone pgrep -j vnb-plan-jail326 -x bird
  wait_gone pgrep -j vnb-plan-jail327 -x bird
  wait_gone pgrep -j vnb-plan-jail328 -x bird
  wait_gone pgrep -j vnb-plan-jail329 -x bird
  wait_gone pgrep -j vnb-plan-jail330 -x bird
  wait_gone pgrep -j vnb-plan-jail331 -x bird
  wait_gone pgrep -j vnb-plan-jail332 -x bird
  wait_gone pgrep -j vnb-plan-jail333 -x bird
  wait_gone pgrep -j vnb-plan-jail334 -x bird
  wait_gone pgrep -j vnb-plan-jail335 -x bird
  wait_gone pgrep -j vnb-plan-jail336 -x bird
  wait_gone pgrep -j vnb-plan-jail337 -x bird
  wait_gone pgrep -j vnb-plan-jail338 -x bird
  wait_gone pgrep -j vnb-plan-jail339 -x bird
  wait_gone pgrep -j vnb-plan-jail340 -x bird
  wait_gone pgrep -j vnb-plan-jail341 -x bird
  wait_gone pgrep -j vnb-plan-jail342 -x bird
  wait_gone pgrep -j vnb-plan-jail343 -x bird
  wait_gone pgrep -j vnb-plan-jail344 -x bird
  wait_gone pgrep -j vnb-plan-jail345 -x bird
  wait_gone pgrep -j vnb-plan-jail346 -x bird
  wait_gone pgrep -j vnb-plan-jail347 -x bird
  wait_gone pgrep -j vnb-plan-jail348 -x bird
  wait_gone pgrep -j vnb-plan-jail349 -x bird
  wait_gone pgrep -j vnb-plan-jail350 -x bird
  wait_gone pgrep -j vnb-plan-jail351 -x bird
  wait_gone pgrep -j vnb-plan-jail352 -x bird
  wait_gone pgrep -j vnb-plan-jail353 -x bird
  wait_gone pgrep -j vnb-plan-jail354 -x bird
  wait_gone pgrep -j vnb-plan-jail355 -x bird
  wait_gone pgrep -j vnb-plan-jail356 -x bird
  wait_gone pgrep -j vnb-plan-jail357 -x bird
  wait_gone pgrep -j vnb-plan-jail358 -x bird
  wait_gone pgrep -j vnb-plan-jail359 -x bird
  wait_gone pgrep -j vnb-plan-jail360 -x bird
  wait_gone pgrep -j vnb-plan-jail361 -x bird
  wait_gone pgrep -j vnb-plan-jail362 -x bird
  wait_gone pgrep -j vnb-plan-jail363 -x bird
  wait_gone pgrep -j vnb-plan-jail364 -x bird
  wait_gone pgrep -j vnb-plan-jail365 -x bird
  wait_gone pgrep -j vnb-plan-jail366 -x bird
  wait_gone pgrep -j vnb-plan-jail367 -x bird
  wait_gone pgrep -j vnb-plan-jail368 -x bird
  wait_gone pgrep -j vnb-plan-jail369 -x bird
  wait_gone pgrep -j vnb-plan-jail370 -x bird
  wait_gone pgrep -j vnb-plan-jail371 -x bird
  wait_gone pgrep -j vnb-plan-jail372 -x bird
  wait_gone pgrep -j vnb-plan-jail373 -x bird
  wait_gone pgrep -j vnb-plan-jail374 -x bird
  wait_gone pgrep -j vnb-plan-jail375 -x bird
  wait_gone pgrep -j vnb-plan-jail376 -x bird
  wait_gone pgrep -j vnb-plan-jail377 -x bird
  wait_gone pgrep -j vnb-plan-jail378 -x bird
  wait_gone pgrep -j vnb-plan-jail379 -x bird
  wait_gone pgrep -j vnb-plan-jail380 -x bird
  wait_gone pgrep -j vnb-plan-jail381 -x bird
  wait_gone pgrep -j vnb-plan-jail382 -x bird
  wait_gone pgrep -j vnb-plan-jail383 -x bird
  wait_gone pgrep -j vnb-plan-jail384 -x bird
  wait_gone pgrep -j vnb-plan-jail385 -x bird
  wait_gone pgrep -j vnb-plan-jail386 -x bird
  wait_gone pgrep -j vnb-plan-jail387 -x bird
  wait_gone pgrep -j vnb-plan-jail388 -x bird
  wait_gone pgrep -j vnb-plan-jail389 -x bird
  wait_gone pgrep -j vnb-plan-jail390 -x bird
  wait_gone pgrep -j vnb-plan-jail391 -x bird
  wait_gone pgrep -j vnb-plan-jail392 -x bird
  wait_gone pgrep -j vnb-plan-jail393 -x bird
  wait_gone pgrep -j vnb-plan-jail394 -x bird
  wait_gone pgrep -j vnb-plan-jail395 -x bird
  wait_gone pgrep -j vnb-plan-jail396 -x bird
  wait_gone pgrep -j vnb-plan-jail397 -x bird
  wait_gone pgrep -j vnb-plan-jail398 -x bird
  wait_gone pgrep -j vnb-plan-jail399 -x bird
  wait_gone pgrep -j vnb-plan-jail400 -x bird
  wait_gone pgrep -j vnb-plan-jail401 -x bird
  wait_gone pgrep -j vnb-plan-jail402 -x bird
  wait_gone pgrep -j vnb-plan-jail403 -x bird
  wait_gone pgrep -j vnb-plan-jail404 -x bird
  wait_gone pgrep -j vnb-plan-jail405 -x bird
  wait_gone pgrep -j vnb-plan-jail406 -x bird
  wait_gone pgrep -j vnb-plan-jail407 -x bird
  wait_gone pgrep -j vnb-plan-jail408 -x bird
  wait_gone pgrep -j vnb-plan-jail409 -x bird
  wait_gone pgrep -j vnb-plan-jail410 -x bird
  wait_gone pgrep -j vnb-plan-jail411 -x bird
  wait_gone pgrep -j vnb-plan-jail412 -x bird
  wait_gone pgrep -j vnb-plan-jail413 -x bird
  wait_gone pgrep -j vnb-plan-jail414 -x bird
  wait_gone pgrep -j vnb-plan-jail415 -x bird
  wait_gone pgrep -j vnb-plan-jail416 -x bird
  wait_gone pgrep -j vnb-plan-jail417 -x bird
  wait_gone pgrep -j vnb-plan-jail418 -x bird
  wait_gone pgrep -j vnb-plan-jail419 -x bird
  wait_gone pgrep -j vnb-plan-jail420 -x bird
  wait_gone pgrep -j vnb-plan-jail421 -x bird
  wait_gone pgrep -j vnb-plan-jail422 -x bird
  wait_gone pgrep -j vnb-plan-jail423 -x bird
  wait_gone pgrep -j vnb-plan-jail424 -x bird
  wait_gone pgrep -j vnb-plan-jail425 -x bird
  wait_gone pgrep -j vnb-plan-jail426 -x bird
  wait_gone pgrep -j vnb-plan-jail427 -x bird
  wait_gone pgrep -j vnb-plan-jail428 -x bird
  wait_gone pgrep -j vnb-plan-jail429 -x bird
  wait_gone pgrep -j vnb-plan-jail430 -x bird
  wait_gone pgrep -j vnb-plan-jail431 -x bird
  wait_gone pgrep -j vnb-plan-jail432 -x bird
  wait_gone pgrep -j vnb-plan-jail433 -x bird
  wait_gone pgrep -j vnb-plan-jail434 -x bird
  wait_gone pgrep -j vnb-plan-jail435 -x bird
  wait_gone pgrep -j vnb-plan-jail436 -x bird
  wait_gone pgrep -j vnb-plan-jail437 -x bird
  wait_gone pgrep -j vnb-plan-jail438 -x bird
  wait_gone pgrep -j vnb-plan-jail439 -x bird
  wait_gone pgrep -j vnb-plan-jail440 -x bird
  wait_gone pgrep -j vnb-plan-jail441 -x bird
  wait_gone pgrep -j vnb-plan-jail442 -x bird
  wait_gone pgrep -j vnb-plan-jail443 -x bird
  wait_gone pgrep -j vnb-plan-jail444 -x bird
  wait_gone pgrep -j vnb-plan-jail445 -x bird
  wait_gone pgrep -j vnb-plan-jail446 -x bird
  wait_gone pgrep -j vnb-plan-jail447 -x bird
  wait_gone pgrep -j vnb-plan-jail448 -x bird
  wait_gone pgrep -j vnb-plan-jail449 -x bird
  wait_gone pgrep -j vnb-plan-jail450 -x bird
  wait_gone pgrep -j vnb-plan-jail451 -x bird
  wait_gone pgrep -j vnb-plan-jail452 -x bird
  wait_gone pgrep -j vnb-plan-jail453 -x bird
  wait_gone pgrep -j vnb-plan-jail454 -x bird
  wait_gone pgrep -j vnb-plan-jail455 -x bird
  wait_gone pgrep -j vnb-plan-jail456 -x bird
  wait_gone pgrep -j vnb-plan-jail457 -x bird
  wait_gone pgrep -j vnb-plan-jail458 -x bird
  wait_gone pgrep -j vnb-plan-jail459 -x bird
  wait_gone pgrep -j vnb-plan-jail460 -x bird
  wait_gone pgrep -j vnb-plan-jail461 -x bird
  wait_gone pgrep -j vnb-plan-jail462 -x bird
  wait_gone pgrep -j vnb-plan-jail463 -x bird
  wait_gone pgrep -j vnb-plan-jail464 -x bird
  wait_gone pgrep -j vnb-plan-jail465 -x bird
  wait_gone pgrep -j vnb-plan-jail466 -x bird
  wait_gone pgrep -j vnb-plan-jail467 -x bird
  wait_gone pgrep -j vnb-plan-jail468 -x bird
  wait_gone pgrep -j vnb-plan-jail469 -x bird
  wait_gone pgrep -j vnb-plan-jail470 -x bird
  wait_gone pgrep -j vnb-plan-jail471 -x bird
  wait_gone pgrep -j vnb-plan-jail472 -x bird
  wait_gone pgrep -j vnb-plan-jail473 -x bird
  wait_gone pgrep -j vnb-plan-jail474 -x bird
  wait_gone pgrep -j vnb-plan-jail475 -x bird
  wait_gone pgrep -j vnb-plan-jail476 -x bird
  wait_gone pgrep -j vnb-plan-jail477 -x bird
  wait_gone pgrep -j vnb-plan-jail478 -x bird
  wait_gone pgrep -j vnb-plan-jail479 -x bird
  wait_gone pgrep -j vnb-plan-jail480 -x bird
  # destroy interfaces from inside their jails; hand physical ones back
  ifconfig -j vnb-plan-jail1 epair1b destroy
  ifconfig -j vnb-plan-jail2 epair2b destroy
  ifconfig -j vnb-plan-jail3 epair3b destroy
  ifconfig -j vnb-plan-jail4 epair4b destroy
  ifconfig -j vnb-plan-jail5 epair5b destroy
  ifconfig -j vnb-plan-jail6 epair6b destroy
  ifconfig -j vnb-plan-jail7 epair7b destroy
  ifconfig -j vnb-plan-jail8 epair8b destroy
  ifconfig -j vnb-plan-jail9 epair9b destroy
  ifconfig -j vnb-plan-jail10 epair10b destroy
  ifconfig -j vnb-plan-jail11 epair11b destroy
  ifconfig -j vnb-plan-jail12 epair12b destroy
  ifconfig -j vnb-plan-jail13 epair13b destroy
  ifconfig -j vnb-plan-jail14 epair14b destroy
  ifconfig -j vnb-plan-jail15 epair15b destroy
  ifconfig -j vnb-plan-jail16 epair16b destroy
  ifconfig -j vnb-plan-jail17 epair17b destroy
  ifconfig -j vnb-plan-jail18 epair18b destroy
  ifconfig -j vnb-plan-jail19 epair19b destroy
  ifconfig -j vnb-plan-jail20 epair20b destroy
  ifconfig -j vnb-plan-jail21 epair21b destroy
  ifconfig -j vnb-plan-jail22 epair22b destroy
  ifconfig -j vnb-plan-jail23 epair23b destroy
  ifconfig -j vnb-plan-jail24 epair24b destroy
  ifconfig -j vnb-plan-jail25 epair25b destroy
  ifconfig -j vnb-plan-jail26 epair26b destroy
  ifconfig -j vnb-plan-jail27 epair27b destroy
  ifconfig -j vnb-plan-jail28 epair28b destroy
  ifconfig -j vnb-plan-jail29 epair29b destroy
  ifconfig -j vnb-plan-jail30 epair30b destroy
  ifconfig -j vnb-plan-jail31 epair31b destroy
  ifconfig -j vnb-plan-jail32 epair32b destroy
  ifconfig -j vnb-plan-jail33 epair33b destroy
  ifconfig -j vnb-plan-jail34 epair34b destroy
  ifconfig -j vnb-plan-jail35 epair35b destroy
  ifconfig -j vnb-plan-jail36 epair36b destroy
  ifconfig -j vnb-plan-jail37 epair37b destroy
  ifconfig -j vnb-plan-jail38 epair38b destroy
  ifconfig -j vnb-plan-jail39 epair39b destroy
  ifconfig -j vnb-plan-jail40 epair40b destroy
  ifconfig -j vnb-plan-jail41 epair41b destroy
  ifconfig -j vnb-plan-jail42 epair42b destroy
  ifconfig -j vnb-plan-jail43 epair43b destroy
  ifconfig -j vnb-plan-jail44 epair44b destroy
  ifconfig -j vnb-plan-jail45 epair45b destroy
  ifconfig -j vnb-plan-jail46 epair46b destroy
  ifconfig -j vnb-plan-jail47 epair47b destroy
  ifconfig -j vnb-plan-jail48 epair48b destroy
  ifconfig -j vnb-plan-jail49 epair49b destroy
  ifconfig -j vnb-plan-jail50 epair50b destroy
  ifconfig -j vnb-plan-jail51 epair51b destroy
  ifconfig -j vnb-plan-jail52 epair52b destroy
  ifconfig -j vnb-plan-jail53 epair53b destroy
  ifconfig -j vnb-plan-jail54 epair54b destroy
  ifconfig -j vnb-plan-jail55 epair55b destroy
  ifconfig -j vnb-plan-jail56 epair56b destroy
  ifconfig -j vnb-plan-jail57 epair57b destroy
  ifconfig -j vnb-plan-jail58 epair58b destroy
  ifconfig -j vnb-plan-jail59 epair59b destroy
  ifconfig -j vnb-plan-jail60 epair60b destroy
  ifconfig -j vnb-plan-jail61 epair61b destroy
  ifconfig -j vnb-plan-jail62 epair62b destroy
  ifconfig -j vnb-plan-jail63 epair63b destroy
  ifconfig -j vnb-plan-jail64 epair64b destroy
  ifconfig -j vnb-plan-jail65 epair65b destroy
  ifconfig -j vnb-plan-jail66 epair66b destroy
  ifconfig -j vnb-plan-jail67 epair67b destroy
  ifconfig -j vnb-plan-jail68 epair68b destroy
  ifconfig -j vnb-plan-jail69 epair69b destroy
  ifconfig -j vnb-plan-jail70 epair70b destroy
  ifconfig -j vnb-plan-jail71 epair71b destroy
  ifconfig -j vnb-plan-jail72 epair72b destroy
  ifconfig -j vnb-plan-jail73 epair73b destroy
  ifconfig -j vnb-plan-jail74 epair74b destroy
  ifconfig -j vnb-plan-jail75 epair75b destroy
  ifconfig -j vnb-plan-jail76 epair76b destroy
  ifconfig -j vnb-plan-jail77 epair77b destroy
  ifconfig -j vnb-plan-jail78 epair78b destroy
  ifconfig -j vnb-plan-jail79 epair79b destroy
  ifconfig -j vnb-plan-jail80 epair80b destroy
  ifconfig -j vnb-plan-jail81 epair81b destroy
  ifconfig -j vnb-plan-jail82 epair82b destroy
  ifconfig -j vnb-plan-jail83 epair83b destroy
  ifconfig -j vnb-plan-jail84 epair84b destroy
  ifconfig -j vnb-plan-jail85 epair85b destroy
  ifconfig -j vnb-plan-jail86 epair86b destroy
  ifconfig -j vnb-plan-jail87 epair87b destroy
  ifconfig -j vnb-plan-jail88 epair88b destroy
  ifconfig -j vnb-plan-jail89 epair89b destroy
  ifconfig -j vnb-plan-jail90 epair90b destroy
  ifconfig -j vnb-plan-jail91 epair91b destroy
  ifconfig -j vnb-plan-jail92 epair92b destroy
  ifconfig -j vnb-plan-jail93 epair93b destroy
  ifconfig -j vnb-plan-jail94 epair94b destroy
  ifconfig -j vnb-plan-jail95 epair95b destroy
  ifconfig -j vnb-plan-jail96 epair96b destroy
  ifconfig -j vnb-plan-jail97 epair97b destroy
  ifconfig -j vnb-plan-jail98 epair98b destroy
  ifconfig -j vnb-plan-jail99 epair99b destroy
  ifconfig -j vnb-plan-jail100 epair100b destroy
  ifconfig -j vnb-plan-jail101 epair101b destroy
  ifconfig -j vnb-plan-jail102 epair102b destroy
  ifconfig -j vnb-plan-jail103 epair103b destroy
  ifconfig -j vnb-plan-jail104 epair104b destroy
  ifconfig -j vnb-plan-jail105 epair105b destroy
  ifconfig -j vnb-plan-jail106 epair106b destroy
  ifconfig -j vnb-plan-jail107 epair107b destroy
  ifconfig -j vnb-plan-jail108 epair108b destroy
  ifconfig -j vnb-plan-jail109 epair109b destroy
  ifconfig -j vnb-plan-jail110 epair110b destroy
  ifconfig -j vnb-plan-jail111 epair111b destroy
  ifconfig -j vnb-plan-jail112 epair112b destroy
  ifconfig -j vnb-plan-jail113 epair113b destroy
  ifconfig -j vnb-plan-jail114 epair114b destroy
  ifconfig -j vnb-plan-jail115 epair115b destroy
  ifconfig -j vnb-plan-jail116 epair116b destroy
  ifconfig -j vnb-plan-jail117 epair117b destroy
  ifconfig -j vnb-plan-jail118 epair118b destroy
  ifconfig -j vnb-plan-jail119 epair119b destroy
  ifconfig -j vnb-plan-jail120 epair120b destroy
  ifconfig -j vnb-plan-jail121 epair121b destroy
  ifconfig -j vnb-plan-jail122 epair122b destroy
  ifconfig -j vnb-plan-jail123 epair123b destroy
  ifconfig -j vnb-plan-jail124 epair124b destroy
  ifconfig -j vnb-plan-jail125 epair125b destroy
  ifconfig -j vnb-plan-jail126 epair126b destroy
  ifconfig -j vnb-plan-jail127 epair127b destroy
  ifconfig -j vnb-plan-jail128 epair128b destroy
  ifconfig -j vnb-plan-jail129 epair129b destroy
  ifconfig -j vnb-plan-jail130 epair130b destroy
  ifconfig -j vnb-plan-jail131 epair131b destroy
  ifconfig -j vnb-plan-jail132 epair132b destroy
  ifconfig -j vnb-plan-jail133 epair133b destroy
  ifconfig -j vnb-plan-jail134 epair134b destroy
  ifconfig -j vnb-plan-jail135 epair135b destroy
  ifconfig -j vnb-plan-jail136 epair136b destroy
  ifconfig -j vnb-plan-jail137 epair137b destroy
  ifconfig -j vnb-plan-jail138 epair138b destroy
  ifconfig -j vnb-plan-jail139 epair139b destroy
  ifconfig -j vnb-plan-jail140 epair140b destroy
  ifconfig -j vnb-plan-jail141 epair141b destroy
  ifconfig -j vnb-plan-jail142 epair142b destroy
  ifconfig -j vnb-plan-jail143 epair143b destroy
  ifconfig -j vnb-plan-jail144 epair144b destroy
  ifconfig -j vnb-plan-jail145 epair145b destroy
  ifconfig -j vnb-plan-jail146 epair146b destroy
  ifconfig -j vnb-plan-jail147 epair147b destroy
  ifconfig -j vnb-plan-jail148 epair148b destroy
  ifconfig -j vnb-plan-jail149 epair149b destroy
  ifconfig -j vnb-plan-jail150 epair150b destroy
  ifconfig -j vnb-plan-jail151 epair151b destroy
  ifconfig -j vnb-plan-jail152 epair152b destroy
  ifconfig -j vnb-plan-jail153 epair153b destroy
  ifconfig -j vnb-plan-jail154 epair154b destroy
  ifconfig -j vnb-plan-jail155 epair155b destroy
  ifconfig -j vnb-plan-jail156 epair156b destroy
  ifconfig -j vnb-plan-jail157 epair157b destroy
  ifconfig -j vnb-plan-jail158 epair158b destroy
  ifconfig -j vnb-plan-jail159 epair159b destroy
  ifconfig -j vnb-plan-jail160 epair160b destroy
  ifconfig -j vnb-plan-jail161 epair161b destroy
  ifconfig -j vnb-plan-jail162 epair162b destroy
  ifconfig -j vnb-plan-jail163 epair163b destroy
  ifconfig -j vnb-plan-jail164 epair164b destroy
  ifconfig -j vnb-plan-jail165 epair165b destroy
  ifconfig -j vnb-plan-jail166 epair166b destroy
  ifconfig -j vnb-plan-jail167 epair167b destroy
  ifconfig -j vnb-plan-jail168 epair168b destroy
  ifconfig -j vnb-plan-jail169 epair169b destroy
  ifconfig -j vnb-plan-jail170 epair170b destroy
  ifconfig -j vnb-plan-jail171 epair171b destroy
  ifconfig -j vnb-plan-jail172 epair172b destroy
  ifconfig -j vnb-plan-jail173 epair173b destroy
  ifconfig -j vnb-plan-jail174 epair174b destroy
  ifconfig -j vnb-plan-jail175 epair175b destroy
  ifconfig -j vnb-plan-jail176 epair176b destroy
  ifconfig -j vnb-plan-jail177 epair177b destroy
  ifconfig -j vnb-plan-jail178 epair178b destroy
  ifconfig -j vnb-plan-jail179 epair179b destroy
  ifconfig -j vnb-plan-jail180 epair180b destroy
  ifconfig -j vnb-plan-jail181 epair181b destroy
  ifconfig -j vnb-plan-jail182 epair182b destroy
  ifconfig -j vnb-plan-jail183 epair183b destroy
  ifconfig -j vnb-plan-jail184 epair184b destroy
  ifconfig -j vnb-plan-jail185 epair185b destroy
  ifconfig -j vnb-plan-jail186 epair186b destroy
  ifconfig -j vnb-plan-jail187 epair187b destroy
  ifconfig -j vnb-plan-jail188 epair188b destroy
  ifconfig -j vnb-plan-jail189 epair189b destroy
  ifconfig -j vnb-plan-jail190 epair190b destroy
  ifconfig -j vnb-plan-jail191 epair191b destroy
  ifconfig -j vnb-plan-jail192 epair192b destroy
  ifconfig -j vnb-plan-jail193 epair193b destroy
  ifconfig -j vnb-plan-jail194 epair194b destroy
  ifconfig -j vnb-plan-jail195 epair195b destroy
  ifconfig -j vnb-plan-jail196 epair196b destroy
  ifconfig -j vnb-plan-jail197 epair197b destroy
  ifconfig -j vnb-plan-jail198 epair198b destroy
  ifconfig -j vnb-plan-jail199 epair199b destroy
  ifconfig -j vnb-plan-jail200 epair200b destroy
  ifconfig -j vnb-plan-jail201 epair201b destroy
  ifconfig -j vnb-plan-jail202 epair202b destroy
  ifconfig -j vnb-plan-jail203 epair203b destroy
  ifconfig -j vnb-plan-jail204 epair204b destroy
  ifconfig -j vnb-plan-jail205 epair205b destroy
  ifconfig -j vnb-plan-jail206 epair206b destroy
  ifconfig -j vnb-plan-jail207 epair207b destroy
  ifconfig -j vnb-plan-jail208 epair208b destroy
  ifconfig -j vnb-plan-jail209 epair209b destroy
  ifconfig -j vnb-plan-jail210 epair210b destroy
  ifconfig -j vnb-plan-jail211 epair211b destroy
  ifconfig -j vnb-plan-jail212 epair212b destroy
  ifconfig -j vnb-plan-jail213 epair213b destroy
  ifconfig -j vnb-plan-jail214 epair214b destroy
  ifconfig -j vnb-plan-jail215 epair215b destroy
  ifconfig -j vnb-plan-jail216 epair216b destroy
  ifconfig -j vnb-plan-jail217 epair217b destroy
  ifconfig -j vnb-plan-jail218 epair218b destroy
  ifconfig -j vnb-plan-jail219 epair219b destroy
  ifconfig -j vnb-plan-jail220 epair220b destroy
  ifconfig -j vnb-plan-jail221 epair221b destroy
  ifconfig -j vnb-plan-jail222 epair222b destroy
  ifconfig -j vnb-plan-jail223 epair223b destroy
  ifconfig -j vnb-plan-jail224 epair224b destroy
  ifconfig -j vnb-plan-jail225 epair225b destroy
  ifconfig -j vnb-plan-jail226 epair226b destroy
  ifconfig -j vnb-plan-jail227 epair227b destroy
  ifconfig -j vnb-plan-jail228 epair228b destroy
  ifconfig -j vnb-plan-jail229 epair229b destroy
  ifconfig -j vnb-plan-jail230 epair230b destroy
  ifconfig -j vnb-plan-jail231 epair231b destroy
  ifconfig -j vnb-plan-jail232 epair232b destroy
  ifconfig -j vnb-plan-jail233 epair233b destroy
  ifconfig -j vnb-plan-jail234 epair234b destroy
  ifconfig -j vnb-plan-jail235 epair235b destroy
  ifconfig -j vnb-plan-jail236 epair236b destroy
  ifconfig -j vnb-plan-jail237 epair237b destroy
  ifconfig -j vnb-plan-jail238 epair238b destroy
  ifconfig -j vnb-plan-jail239 epair239b destroy
  ifconfig -j vnb-plan-jail240 epair240b destroy
  ifconfig -j vnb-plan-jail241 epair241b destroy
  ifconfig -j vnb-plan-jail242 epair242b destroy
  ifconfig -j vnb-plan-jail243 epair243b destroy
  ifconfig -j vnb-plan-jail244 epair244b destroy
  ifconfig -j vnb-plan-jail245 epair245b destroy
  ifconfig -j vnb-plan-jail246 epair246b destroy
  ifconfig -j vnb-plan-jail247 epair247b destroy
  ifconfig -j vnb-plan-jail248 epair248b destroy
  ifconfig -j vnb-plan-jail249 epair249b destroy
  ifconfig -j vnb-plan-jail250 epair250b destroy
  ifconfig -j vnb-plan-jail251 epair251b destroy
  ifconfig -j vnb-plan-jail252 epair252b destroy
  ifconfig -j vnb-plan-jail253 epair253b destroy
  ifconfig -j vnb-plan-jail254 epair254b destroy
  ifconfig -j vnb-plan-jail255 epair255b destroy
  ifconfig -j vnb-plan-jail256 epair256b destroy
  ifconfig -j vnb-plan-jail257 epair257b destroy
  ifconfig -j vnb-plan-jail258 epair258b destroy
  ifconfig -j vnb-plan-jail259 epair259b destroy
  ifconfig -j vnb-plan-jail260 epair260b destroy
  ifconfig -j vnb-plan-jail261 epair261b destroy
  ifconfig -j vnb-plan-jail262 epair262b destroy
  ifconfig -j vnb-plan-jail263 epair263b destroy
  ifconfig -j vnb-plan-jail264 epair264b destroy
  ifconfig -j vnb-plan-jail265 epair265b destroy
  ifconfig -j vnb-plan-jail266 epair266b destroy
  ifconfig -j vnb-plan-jail267 epair267b destroy
  ifconfig -j vnb-plan-jail268 epair268b destroy
  ifconfig -j vnb-plan-jail269 epair269b destroy
  ifconfig -j vnb-plan-jail270 epair270b destroy
  ifconfig -j vnb-plan-jail271 epair271b destroy
  ifconfig -j vnb-plan-jail272 epair272b destroy
  ifconfig -j vnb-plan-jail273 epair273b destroy
  ifconfig -j vnb-plan-jail274 epair274b destroy
  ifconfig -j vnb-plan-jail275 epair275b destroy
  ifconfig -j vnb-plan-jail276 epair276b destroy
  ifconfig -j vnb-plan-jail277 epair277b destroy
  ifconfig -j vnb-plan-jail278 epair278b destroy
  ifconfig -j vnb-plan-jail279 epair279b destroy
  ifconfig -j vnb-plan-jail280 epair280b destroy
  ifconfig -j vnb-plan-jail281 epair281b destroy
  ifconfig -j vnb-plan-jail282 epair282b destroy
  ifconfig -j vnb-plan-jail283 epair283b destroy
  ifconfig -j vnb-plan-jail284 epair284b destroy
  ifconfig -j vnb-plan-jail285 epair285b destroy
  ifconfig -j vnb-plan-jail286 epair286b destroy
  ifconfig -j vnb-plan-jail287 epair287b destroy
  ifconfig -j vnb-plan-jail288 epair288b destroy
  ifconfig -j vnb-plan-jail289 epair289b destroy
  ifconfig -j vnb-plan-jail290 epair290b destroy
  ifconfig -j vnb-plan-jail291 epair291b destroy
  ifconfig -j vnb-plan-jail292 epair292b destroy
  ifconfig -j vnb-plan-jail293 epair293b destroy
  ifconfig -j vnb-plan-jail294 epair294b destroy
  ifconfig -j vnb-plan-jail295 epair295b destroy
  ifconfig -j vnb-plan-jail296 epair296b destroy
  ifconfig -j vnb-plan-jail297 epair297b destroy
  ifconfig -j vnb-plan-jail298 epair298b destroy
  ifconfig -j vnb-plan-jail299 epair299b destroy
  ifconfig -j vnb-plan-jail300 epair300b destroy
  ifconfig -j vnb-plan-jail301 epair301b destroy
  ifconfig -j vnb-plan-jail302 epair302b destroy
  ifconfig -j vnb-plan-jail303 epair303b destroy
  ifconfig -j vnb-plan-jail304 epair304b destroy
  ifconfig -j vnb-plan-jail305 epair305b destroy
  ifconfig -j vnb-plan-jail306 epair306b destroy
  ifconfig -j vnb-plan-jail307 epair307b destroy
  ifconfig -j vnb-plan-jail308 epair308b destroy
  ifconfig -j vnb-plan-jail309 epair309b destroy
  ifconfig -j vnb-plan-jail310 epair310b destroy
  ifconfig -j vnb-plan-jail311 epair311b destroy
  ifconfig -j vnb-plan-jail312 epair312b destroy
  ifconfig -j vnb-plan-jail313 epair313b destroy
  ifconfig -j vnb-plan-jail314 epair314b destroy
  ifconfig -j vnb-plan-jail315 epair315b destroy
  ifconfig -j vnb-plan-jail316 epair316b destroy
  ifconfig -j vnb-plan-jail317 epair317b destroy
  ifconfig -j vnb-plan-jail318 epair318b destroy
  ifconfig -j vnb-plan-jail319 epair319b destroy
  ifconfig -j vnb-plan-jail320 epair320b destroy
  ifconfig -j vnb-plan-jail321 epair321b destroy
  ifconfig -j vnb-plan-jail322 epair322b destroy
  ifconfig -j vnb-plan-jail323 epair323b destroy
  ifconfig -j vnb-plan-jail324 epair324b destroy
  ifconfig -j vnb-plan-jail325 epair325b destroy
  ifconfig -j vnb-plan-jail326 epair326b destroy
  ifconfig -j vnb-plan-jail327 epair327b destroy
  ifconfig -j vnb-plan-jail328 epair328b destroy
  ifconfig -j vnb-plan-jail329 epair329b destroy
  ifconfig -j vnb-plan-jail330 epair330b destroy
  ifconfig -j vnb-plan-jail331 epair331b destroy
  ifconfig -j vnb-plan-jail332 epair332b destroy
  ifconfig -j vnb-plan-jail333 epair333b destroy
  ifconfig -j vnb-plan-jail334 epair334b destroy
  ifconfig -j vnb-plan-jail335 epair335b destroy
  ifconfig -j vnb-plan-jail336 epair336b destroy
  ifconfig -j vnb-plan-jail337 epair337b destroy
  ifconfig -j vnb-plan-jail338 epair338b destroy
  ifconfig -j vnb-plan-jail339 epair339b destroy
  ifconfig -j vnb-plan-jail340 epair340b destroy
  ifconfig -j vnb-plan-jail341 epair341b destroy
  ifconfig -j vnb-plan-jail342 epair342b destroy
  ifconfig -j vnb-plan-jail343 epair343b destroy
  ifconfig -j vnb-plan-jail344 epair344b destroy
  ifconfig -j vnb-plan-jail345 epair345b destroy
  ifconfig -j vnb-plan-jail346 epair346b destroy
  ifconfig -j vnb-plan-jail347 epair347b destroy
  ifconfig -j vnb-plan-jail348 epair348b destroy
  ifconfig -j vnb-plan-jail349 epair349b destroy
  ifconfig -j vnb-plan-jail350 epair350b destroy
  ifconfig -j vnb-plan-jail351 epair351b destroy
  ifconfig -j vnb-plan-jail352 epair352b destroy
  ifconfig -j vnb-plan-jail353 epair353b destroy
  ifconfig -j vnb-plan-jail354 epair354b destroy
  ifconfig -j vnb-plan-jail355 epair355b destroy
  ifconfig -j vnb-plan-jail356 epair356b destroy
  ifconfig -j vnb-plan-jail357 epair357b destroy
  ifconfig -j vnb-plan-jail358 epair358b destroy
  ifconfig -j vnb-plan-jail359 epair359b destroy
  ifconfig -j vnb-plan-jail360 epair360b destroy
  ifconfig -j vnb-plan-jail361 epair361b destroy
  ifconfig -j vnb-plan-jail362 epair362b destroy
  ifconfig -j vnb-plan-jail363 epair363b destroy
  ifconfig -j vnb-plan-jail364 epair364b destroy
  ifconfig -j vnb-plan-jail365 epair365b destroy
  ifconfig -j vnb-plan-jail366 epair366b destroy
  ifconfig -j vnb-plan-jail367 epair367b destroy
  ifconfig -j vnb-plan-jail368 epair368b destroy
  ifconfig -j vnb-plan-jail369 epair369b destroy
  ifconfig -j vnb-plan-jail370 epair370b destroy
  ifconfig -j vnb-plan-jail371 epair371b destroy
  ifconfig -j vnb-plan-jail372 epair372b destroy
  ifconfig -j vnb-plan-jail373 epair373b destroy
  ifconfig -j vnb-plan-jail374 epair374b destroy
  ifconfig -j vnb-plan-jail375 epair375b destroy
  ifconfig -j vnb-plan-jail376 epair376b destroy
  ifconfig -j vnb-plan-jail377 epair377b destroy
  ifconfig -j vnb-plan-jail378 epair378b destroy
  ifconfig -j vnb-plan-jail379 epair379b destroy
  ifconfig -j vnb-plan-jail380 epair380b destroy
  ifconfig -j vnb-plan-jail381 epair381b destroy
  ifconfig -j vnb-plan-jail382 epair382b destroy
  ifconfig -j vnb-plan-jail383 epair383b destroy
  ifconfig -j vnb-plan-jail384 epair384b destroy
  ifconfig -j vnb-plan-jail385 epair385b destroy
  ifconfig -j vnb-plan-jail386 epair386b destroy
  ifconfig -j vnb-plan-jail387 epair387b destroy
  ifconfig -j vnb-plan-jail388 epair388b destroy
  ifconfig -j vnb-plan-jail389 epair389b destroy
  ifconfig -j vnb-plan-jail390 epair390b destroy
  ifconfig -j vnb-plan-jail391 epair391b destroy
  ifconfig -j vnb-plan-jail392 epair392b destroy
  ifconfig -j vnb-plan-jail393 epair393b destroy
  ifconfig -j vnb-plan-jail394 epair394b destroy
  ifconfig -j vnb-plan-jail395 epair395b destroy
  ifconfig -j vnb-plan-jail396 epair396b destroy
  ifconfig -j vnb-plan-jail397 epair397b destroy
  ifconfig -j vnb-plan-jail398 epair398b destroy
  ifconfig -j vnb-plan-jail399 epair399b destroy
  ifconfig -j vnb-plan-jail400 epair400b destroy
  ifconfig -j vnb-plan-jail401 epair401b destroy
  ifconfig -j vnb-plan-jail402 epair402b destroy
  ifconfig -j vnb-plan-jail403 epair403b destroy
  ifconfig -j vnb-plan-jail404 epair404b destroy
  ifconfig -j vnb-plan-jail405 epair405b destroy
  ifconfig -j vnb-plan-jail406 epair406b destroy
  ifconfig -j vnb-plan-jail407 epair407b destroy
  ifconfig -j vnb-plan-jail408 epair408b destroy
  ifconfig -j vnb-plan-jail409 epair409b destroy
  ifconfig -j vnb-plan-jail410 epair410b destroy
  ifconfig -j vnb-plan-jail411 epair411b destroy
  ifconfig -j vnb-plan-jail412 epair412b destroy
  ifconfig -j vnb-plan-jail413 epair413b destroy
  ifconfig -j vnb-plan-jail414 epair414b destroy
  ifconfig -j vnb-plan-jail415 epair415b destroy
  ifconfig -j vnb-plan-jail416 epair416b destroy
  ifconfig -j vnb-plan-jail417 epair417b destroy
  ifconfig -j vnb-plan-jail418 epair418b destroy
  ifconfig -j vnb-plan-jail419 epair419b destroy
  ifconfig -j vnb-plan-jail420 epair420b destroy
  ifconfig -j vnb-plan-jail421 epair421b destroy
  ifconfig -j vnb-plan-jail422 epair422b destroy
  ifconfig -j vnb-plan-jail423 epair423b destroy
  ifconfig -j vnb-plan-jail424 epair424b destroy
  ifconfig -j vnb-plan-jail425 epair425b destroy
  ifconfig -j vnb-plan-jail426 epair426b destroy
  ifconfig -j vnb-plan-jail427 epair427b destroy
  ifconfig -j vnb-plan-jail428 epair428b destroy
  ifconfig -j vnb-plan-jail429 epair429b destroy
  ifconfig -j vnb-plan-jail430 epair430b destroy
  ifconfig -j vnb-plan-jail431 epair431b destroy
  ifconfig -j vnb-plan-jail432 epair432b destroy
  ifconfig -j vnb-plan-jail433 epair433b destroy
  ifconfig -j vnb-plan-jail434 epair434b destroy
  ifconfig -j vnb-plan-jail435 epair435b destroy
  ifconfig -j vnb-plan-jail436 epair436b destroy
  ifconfig -j vnb-plan-jail437 epair437b destroy
  ifconfig -j vnb-plan-jail438 epair438b destroy
  ifconfig -j vnb-plan-jail439 epair439b destroy
  ifconfig -j vnb-plan-jail440 epair440b destroy
  ifconfig -j vnb-plan-jail441 epair441b destroy
  ifconfig -j vnb-plan-jail442 epair442b destroy
  ifconfig -j vnb-plan-jail443 epair443b destroy
  ifconfig -j vnb-plan-jail444 epair444b destroy
  ifconfig -j vnb-plan-jail445 epair445b destroy
  ifconfig -j vnb-plan-jail446 epair446b destroy
  ifconfig -j vnb-plan-jail447 epair447b destroy
  ifconfig -j vnb-plan-jail448 epair448b destroy
  ifconfig -j vnb-plan-jail449 epair449b destroy
  ifconfig -j vnb-plan-jail450 epair450b destroy
  ifconfig -j vnb-plan-jail451 epair451b destroy
  ifconfig -j vnb-plan-jail452 epair452b destroy
  ifconfig -j vnb-plan-jail453 epair453b destroy
  ifconfig -j vnb-plan-jail454 epair454b destroy
  ifconfig -j vnb-plan-jail455 epair455b destroy
  ifconfig -j vnb-plan-jail456 epair456b destroy
  ifconfig -j vnb-plan-jail457 epair457b destroy
  ifconfig -j vnb-plan-jail458 epair458b destroy
  ifconfig -j vnb-plan-jail459 epair459b destroy
  ifconfig -j vnb-plan-jail460 epair460b destroy
  ifconfig -j vnb-plan-jail461 epair461b destroy
  ifconfig -j vnb-plan-jail462 epair462b destroy
  ifconfig -j vnb-plan-jail463 epair463b destroy
  ifconfig -j vnb-plan-jail464 epair464b destroy
  ifconfig -j vnb-plan-jail465 epair465b destroy
  ifconfig -j vnb-plan-jail466 epair466b destroy
  ifconfig -j vnb-plan-jail467 epair467b destroy
  ifconfig -j vnb-plan-jail468 epair468b destroy
  ifconfig -j vnb-plan-jail469 epair469b destroy
  ifconfig -j vnb-plan-jail470 epair470b destroy
  ifconfig -j vnb-plan-jail471 epair471b destroy
  ifconfig -j vnb-plan-jail472 epair472b destroy
  ifconfig -j vnb-plan-jail473 epair473b destroy
  ifconfig -j vnb-plan-jail474 epair474b destroy
  ifconfig -j vnb-plan-jail475 epair475b destroy
  ifconfig -j vnb-plan-jail476 epair476b destroy
  ifconfig -j vnb-plan-jail477 epair477b destroy
  ifconfig -j vnb-plan-jail478 epair478b destroy
  ifconfig -j vnb-plan-jail479 epair479b destroy
  ifconfig -j vnb-plan-jail480 epair480b destroy
  # remove jails one at a time, each waited for until it is no longer dying
  jail -r vnb-plan-jail1
  wait_gone jls -d -j vnb-plan-jail1 jid
  jail -r vnb-plan-jail2
  wait_gone jls -d -j vnb-plan-jail2 jid
  jail -r vnb-plan-jail3
  wait_gone jls -d -j vnb-plan-jail3 jid
  jail -r vnb-plan-jail4
  wait_gone jls -d -j vnb-plan-jail4 jid
  jail -r vnb-plan-jail5
  wait_gone jls -d -j vnb-plan-jail5 jid
  jail -r vnb-plan-jail6
  wait_gone jls -d -j vnb-plan-jail6 jid
  jail -r vnb-plan-jail7
  wait_gone jls -d -j vnb-plan-jail7 jid
  jail -r vnb-plan-jail8
  wait_gone jls -d -j vnb-plan-jail8 jid
  jail -r vnb-plan-jail9
  wait_gone jls -d -j vnb-plan-jail9 jid
  jail -r vnb-plan-jail10
  wait_gone jls -d -j vnb-plan-jail10 jid
  jail -r vnb-plan-jail11
  wait_gone jls -d -j vnb-plan-jail11 jid
  jail -r vnb-plan-jail12
  wait_gone jls -d -j vnb-plan-jail12 jid
  jail -r vnb-plan-jail13
  wait_gone jls -d -j vnb-plan-jail13 jid
  jail -r vnb-plan-jail14
  wait_gone jls -d -j vnb-plan-jail14 jid
  jail -r vnb-plan-jail15
  wait_gone jls -d -j vnb-plan-jail15 jid
  jail -r vnb-plan-jail16
  wait_gone jls -d -j vnb-plan-jail16 jid
  jail -r vnb-plan-jail17
  wait_gone jls -d -j vnb-plan-jail17 jid
  jail -r vnb-plan-jail18
  wait_gone jls -d -j vnb-plan-jail18 jid
  jail -r vnb-plan-jail19
  wait_gone jls -d -j vnb-plan-jail19 jid
  jail -r vnb-plan-jail20
  wait_gone jls -d -j vnb-plan-jail20 jid
  jail -r vnb-plan-jail21
  wait_gone jls -d -j vnb-plan-jail21 jid
  jail -r vnb-plan-jail22
  wait_gone jls -d -j vnb-plan-jail22 jid
  jail -r vnb-plan-jail23
  wait_gone jls -d -j vnb-plan-jail23 jid
  jail -r vnb-plan-jail24
  wait_gone jls -d -j vnb-plan-jail24 jid
  jail -r vnb-plan-jail25
  wait_gone jls -d -j vnb-plan-jail25 jid
  jail -r vnb-plan-jail26
  wait_gone jls -d -j vnb-plan-jail26 jid
  jail -r vnb-plan-jail27
  wait_gone jls -d -j vnb-plan-jail27 jid
  jail -r vnb-plan-jail28
  wait_gone jls -d -j vnb-plan-jail28 jid
  jail -r vnb-plan-jail29
  wait_gone jls -d -j vnb-plan-jail29 jid
  jail -r vnb-plan-jail30
  wait_gone jls -d -j vnb-plan-jail30 jid
  jail -r vnb-plan-jail31
  wait_gone jls -d -j vnb-plan-jail31 jid
  jail -r vnb-plan-jail32
  wait_gone jls -d -j vnb-plan-jail32 jid
  jail -r vnb-plan-jail33
  wait_gone jls -d -j vnb-plan-jail33 jid
  jail -r vnb-plan-jail34
  wait_gone jls -d -j vnb-plan-jail34 jid
  jail -r vnb-plan-jail35
  wait_gone jls -d -j vnb-plan-jail35 jid
  jail -r vnb-plan-jail36
  wait_gone jls -d -j vnb-plan-jail36 jid
  jail -r vnb-plan-jail37
  wait_gone jls -d -j vnb-plan-jail37 jid
  jail -r vnb-plan-jail38
  wait_gone jls -d -j vnb-plan-jail38 jid
  jail -r vnb-plan-jail39
  wait_gone jls -d -j vnb-plan-jail39 jid
  jail -r vnb-plan-jail40
  wait_gone jls -d -j vnb-plan-jail40 jid
  jail -r vnb-plan-jail41
  wait_gone jls -d -j vnb-plan-jail41 jid
  jail -r vnb-plan-jail42
  wait_gone jls -d -j vnb-plan-jail42 jid
  jail -r vnb-plan-jail43
  wait_gone jls -d -j vnb-plan-jail43 jid
  jail -r vnb-plan-jail44
  wait_gone jls -d -j vnb-plan-jail44 jid
  jail -r vnb-plan-jail45
  wait_gone jls -d -j vnb-plan-jail45 jid
  jail -r vnb-plan-jail46
  wait_gone jls -d -j vnb-plan-jail46 jid
  jail -r vnb-plan-jail47
  wait_gone jls -d -j vnb-plan-jail47 jid
  jail -r vnb-plan-jail48
  wait_gone jls -d -j vnb-plan-jail48 jid
  jail -r vnb-plan-jail49
  wait_gone jls -d -j vnb-plan-jail49 jid
  jail -r vnb-plan-jail50
  wait_gone jls -d -j vnb-plan-jail50 jid
  jail -r vnb-plan-jail51
  wait_gone jls -d -j vnb-plan-jail51 jid
  jail -r vnb-plan-jail52
  wait_gone jls -d -j vnb-plan-jail52 jid
  jail -r vnb-plan-jail53
  wait_gone jls -d -j vnb-plan-jail53 jid
  jail -r vnb-plan-jail54
  wait_gone jls -d -j vnb-plan-jail54 jid
  jail -r vnb-plan-jail55
  wait_gone jls -d -j vnb-plan-jail55 jid
  jail -r vnb-plan-jail56
  wait_gone jls -d -j vnb-plan-jail56 jid
  jail -r vnb-plan-jail57
  wait_gone jls -d -j vnb-plan-jail57 jid
  jail -r vnb-plan-jail58
  wait_gone jls -d -j vnb-plan-jail58 jid
  jail -r vnb-plan-jail59
  wait_gone jls -d -j vnb-plan-jail59 jid
  jail -r vnb-plan-jail60
  wait_gone jls -d -j vnb-plan-jail60 jid
  jail -r vnb-plan-jail61
  wait_gone jls -d -j vnb-plan-jail61 jid
  jail -r vnb-plan-jail62
  wait_gone jls -d -j vnb-plan-jail62 jid
  jail -r vnb-plan-jail63
  wait_gone jls -d -j vnb-plan-jail63 jid
  jail -r vnb-plan-jail64
  wait_gone jls -d -j vnb-plan-jail64 jid
  jail -r vnb-plan-jail65
  wait_gone jls -d -j vnb-plan-jail65 jid
  jail -r vnb-plan-jail66
  wait_gone jls -d -j vnb-plan-jail66 jid
  jail -r vnb-plan-jail67
  wait_gone jls -d -j vnb-plan-jail67 jid
  jail -r vnb-plan-jail68
  wait_gone jls -d -j vnb-plan-jail68 jid
  jail -r vnb-plan-jail69
  wait_gone jls -d -j vnb-plan-jail69 jid
  jail -r vnb-plan-jail70
  wait_gone jls -d -j vnb-plan-jail70 jid
  jail -r vnb-plan-jail71
  wait_gone jls -d -j vnb-plan-jail71 jid
  jail -r vnb-plan-jail72
  wait_gone jls -d -j vnb-plan-jail72 jid
  jail -r vnb-plan-jail73
  wait_gone jls -d -j vnb-plan-jail73 jid
  jail -r vnb-plan-jail74
  wait_gone jls -d -j vnb-plan-jail74 jid
  jail -r vnb-plan-jail75
  wait_gone jls -d -j vnb-plan-jail75 jid
  jail -r vnb-plan-jail76
  wait_gone jls -d -j vnb-plan-jail76 jid
  jail -r vnb-plan-jail77
  wait_gone jls -d -j vnb-plan-jail77 jid
  jail -r vnb-plan-jail78
  wait_gone jls -d -j vnb-plan-jail78 jid
  jail -r vnb-plan-jail79
  wait_gone jls -d -j vnb-plan-jail79 jid
  jail -r vnb-plan-jail80
  wait_gone jls -d -j vnb-plan-jail80 jid
  jail -r vnb-plan-jail81
  wait_gone jls -d -j vnb-plan-jail81 jid
  jail -r vnb-plan-jail82
  wait_gone jls -d -j vnb-plan-jail82 jid
  jail -r vnb-plan-jail83
  wait_gone jls -d -j vnb-plan-jail83 jid
  jail -r vnb-plan-jail84
  wait_gone jls -d -j vnb-plan-jail84 jid
  jail -r vnb-plan-jail85
  wait_gone jls -d -j vnb-plan-jail85 jid
  jail -r vnb-plan-jail86
  wait_gone jls -d -j vnb-plan-jail86 jid
  jail -r vnb-plan-jail87
  wait_gone jls -d -j vnb-plan-jail87 jid
  jail -r vnb-plan-jail88
  wait_gone jls -d -j vnb-plan-jail88 jid
  jail -r vnb-plan-jail89
  wait_gone jls -d -j vnb-plan-jail89 jid
  jail -r vnb-plan-jail90
  wait_gone jls -d -j vnb-plan-jail90 jid
  jail -r vnb-plan-jail91
  wait_gone jls -d -j vnb-plan-jail91 jid
  jail -r vnb-plan-jail92
  wait_gone jls -d -j vnb-plan-jail92 jid
  jail -r vnb-plan-jail93
  wait_gone jls -d -j vnb-plan-jail93 jid
  jail -r vnb-plan-jail94
  wait_gone jls -d -j vnb-plan-jail94 jid
  jail -r vnb-plan-jail95
  wait_gone jls -d -j vnb-plan-jail95 jid
  jail -r vnb-plan-jail96
  wait_gone jls -d -j vnb-plan-jail96 jid
  jail -r vnb-plan-jail97
  wait_gone jls -d -j vnb-plan-jail97 jid
  jail -r vnb-plan-jail98
  wait_gone jls -d -j vnb-plan-jail98 jid
  jail -r vnb-plan-jail99
  wait_gone jls -d -j vnb-plan-jail99 jid
  jail -r vnb-plan-jail100
  wait_gone jls -d -j vnb-plan-jail100 jid
  jail -r vnb-plan-jail101
  wait_gone jls -d -j vnb-plan-jail101 jid
  jail -r vnb-plan-jail102
  wait_gone jls -d -j vnb-plan-jail102 jid
  jail -r vnb-plan-jail103
  wait_gone jls -d -j vnb-plan-jail103 jid
  jail -r vnb-plan-jail104
  wait_gone jls -d -j vnb-plan-jail104 jid
  jail -r vnb-plan-jail105
  wait_gone jls -d -j vnb-plan-jail105 jid
  jail -r vnb-plan-jail106
  wait_gone jls -d -j vnb-plan-jail106 jid
  jail -r vnb-plan-jail107
  wait_gone jls -d -j vnb-plan-jail107 jid
  jail -r vnb-plan-jail108
  wait_gone jls -d -j vnb-plan-jail108 jid
  jail -r vnb-plan-jail109
  wait_gone jls -d -j vnb-plan-jail109 jid
  jail -r vnb-plan-jail110
  wait_gone jls -d -j vnb-plan-jail110 jid
  jail -r vnb-plan-jail111
  wait_gone jls -d -j vnb-plan-jail111 jid
  jail -r vnb-plan-jail112
  wait_gone jls -d -j vnb-plan-jail112 jid
  jail -r vnb-plan-jail113
  wait_gone jls -d -j vnb-plan-jail113 jid
  jail -r vnb-plan-jail114
  wait_gone jls -d -j vnb-plan-jail114 jid
  jail -r vnb-plan-jail115
  wait_gone jls -d -j vnb-plan-jail115 jid
  jail -r vnb-plan-jail116
  wait_gone jls -d -j vnb-plan-jail116 jid
  jail -r vnb-plan-jail117
  wait_gone jls -d -j vnb-plan-jail117 jid
  jail -r vnb-plan-jail118
  wait_gone jls -d -j vnb-plan-jail118 jid
  jail -r vnb-plan-jail119
  wait_gone jls -d -j vnb-plan-jail119 jid
  jail -r vnb-plan-jail120
  wait_gone jls -d -j vnb-plan-jail120 jid
  jail -r vnb-plan-jail121
  wait_gone jls -d -j vnb-plan-jail121 jid
  jail -r vnb-plan-jail122
  wait_gone jls -d -j vnb-plan-jail122 jid
  jail -r vnb-plan-jail123
  wait_gone jls -d -j vnb-plan-jail123 jid
  jail -r vnb-plan-jail124
  wait_gone jls -d -j vnb-plan-jail124 jid
  jail -r vnb-plan-jail125
  wait_gone jls -d -j vnb-plan-jail125 jid
  jail -r vnb-plan-jail126
  wait_gone jls -d -j vnb-plan-jail126 jid
  jail -r vnb-plan-jail127
  wait_gone jls -d -j vnb-plan-jail127 jid
  jail -r vnb-plan-jail128
  wait_gone jls -d -j vnb-plan-jail128 jid
  jail -r vnb-plan-jail129
  wait_gone jls -d -j vnb-plan-jail129 jid
  jail -r vnb-plan-jail130
  wait_gone jls -d -j vnb-plan-jail130 jid
  jail -r vnb-plan-jail131
  wait_gone jls -d -j vnb-plan-jail131 jid
  jail -r vnb-plan-jail132
  wait_gone jls -d -j vnb-plan-jail132 jid
  jail -r vnb-plan-jail133
  wait_gone jls -d -j vnb-plan-jail133 jid
  jail -r vnb-plan-jail134
  wait_gone jls -d -j vnb-plan-jail134 jid
  jail -r vnb-plan-jail135
  wait_gone jls -d -j vnb-plan-jail135 jid
  jail -r vnb-plan-jail136
  wait_gone jls -d -j vnb-plan-jail136 jid
  jail -r vnb-plan-jail137
  wait_gone jls -d -j vnb-plan-jail137 jid
  jail -r vnb-plan-jail138
  wait_gone jls -d -j vnb-plan-jail138 jid
  jail -r vnb-plan-jail139
  wait_gone jls -d -j vnb-plan-jail139 jid
  jail -r vnb-plan-jail140
  wait_gone jls -d -j vnb-plan-jail140 jid
  jail -r vnb-plan-jail141
  wait_gone jls -d -j vnb-plan-jail141 jid
  jail -r vnb-plan-jail142
  wait_gone jls -d -j vnb-plan-jail142 jid
  jail -r vnb-plan-jail143
  wait_gone jls -d -j vnb-plan-jail143 jid
  jail -r vnb-plan-jail144
  wait_gone jls -d -j vnb-plan-jail144 jid
  jail -r vnb-plan-jail145
  wait_gone jls -d -j vnb-plan-jail145 jid
  jail -r vnb-plan-jail146
  wait_gone jls -d -j vnb-plan-jail146 jid
  jail -r vnb-plan-jail147
  wait_gone jls -d -j vnb-plan-jail147 jid
  jail -r vnb-plan-jail148
  wait_gone jls -d -j vnb-plan-jail148 jid
  jail -r vnb-plan-jail149
  wait_gone jls -d -j vnb-plan-jail149 jid
  jail -r vnb-plan-jail150
  wait_gone jls -d -j vnb-plan-jail150 jid
  jail -r vnb-plan-jail151
  wait_gone jls -d -j vnb-plan-jail151 jid
  jail -r vnb-plan-jail152
  wait_gone jls -d -j vnb-plan-jail152 jid
  jail -r vnb-plan-jail153
  wait_gone jls -d -j vnb-plan-jail153 jid
  jail -r vnb-plan-jail154
  wait_gone jls -d -j vnb-plan-jail154 jid
  jail -r vnb-plan-jail155
  wait_gone jls -d -j vnb-plan-jail155 jid
  jail -r vnb-plan-jail156
  wait_gone jls -d -j vnb-plan-jail156 jid
  jail -r vnb-plan-jail157
  wait_gone jls -d -j vnb-plan-jail157 jid
  jail -r vnb-plan-jail158
  wait_gone jls -d -j vnb-plan-jail158 jid
  jail -r vnb-plan-jail159
  wait_gone jls -d -j vnb-plan-jail159 jid
  jail -r vnb-plan-jail160
  wait_gone jls -d -j vnb-plan-jail160 jid
  jail -r vnb-plan-jail161
  wait_gone jls -d -j vnb-plan-jail161 jid
  jail -r vnb-plan-jail162
  wait_gone jls -d -j vnb-plan-jail162 jid
  jail -r vnb-plan-jail163
  wait_gone jls -d -j vnb-plan-jail163 jid
  jail -r vnb-plan-jail164
  wait_gone jls -d -j vnb-plan-jail164 jid
  jail -r vnb-plan-jail165
  wait_gone jls -d -j vnb-plan-jail165 jid
  jail -r vnb-plan-jail166
  wait_gone jls -d -j vnb-plan-jail166 jid
  jail -r vnb-plan-jail167
  wait_gone jls -d -j vnb-plan-jail167 jid
  jail -r vnb-plan-jail168
  wait_gone jls -d -j vnb-plan-jail168 jid
  jail -r vnb-plan-jail169
  wait_gone jls -d -j vnb-plan-jail169 jid
  jail -r vnb-plan-jail170
  wait_gone jls -d -j vnb-plan-jail170 jid
  jail -r vnb-plan-jail171
  wait_gone jls -d -j vnb-plan-jail171 jid
  jail -r vnb-plan-jail172
  wait_gone jls -d -j vnb-plan-jail172 jid
  jail -r vnb-plan-jail173
  wait_gone jls -d -j vnb-plan-jail173 jid
  jail -r vnb-plan-jail174
  wait_gone jls -d -j vnb-plan-jail174 jid
  jail -r vnb-plan-jail175
  wait_gone jls -d -j vnb-plan-jail175 jid
  jail -r vnb-plan-jail176
  wait_gone jls -d -j vnb-plan-jail176 jid
  jail -r vnb-plan-jail177
  wait_gone jls -d -j vnb-plan-jail177 jid
  jail -r vnb-plan-jail178
  wait_gone jls -d -j vnb-plan-jail178 jid
  jail -r vnb-plan-jail179
  wait_gone jls -d -j vnb-plan-jail179 jid
  jail -r vnb-plan-jail180
  wait_gone jls -d -j vnb-plan-jail180 jid
  jail -r vnb-plan-jail181
  wait_gone jls -d -j vnb-plan-jail181 jid
  jail -r vnb-plan-jail182
  wait_gone jls -d -j vnb-plan-jail182 jid
  jail -r vnb-plan-jail183
  wait_gone jls -d -j vnb-plan-jail183 jid
  jail -r vnb-plan-jail184
  wait_gone jls -d -j vnb-plan-jail184 jid
  jail -r vnb-plan-jail185
  wait_gone jls -d -j vnb-plan-jail185 jid
  jail -r vnb-plan-jail186
  wait_gone jls -d -j vnb-plan-jail186 jid
  jail -r vnb-plan-jail187
  wait_gone jls -d -j vnb-plan-jail187 jid
  jail -r vnb-plan-jail188
  wait_gone jls -d -j vnb-plan-jail188 jid
  jail -r vnb-plan-jail189
  wait_gone jls -d -j vnb-plan-jail189 jid
  jail -r vnb-plan-jail190
  wait_gone jls -d -j vnb-plan-jail190 jid
  jail -r vnb-plan-jail191
  wait_gone jls -d -j vnb-plan-jail191 jid
  jail -r vnb-plan-jail192
  wait_gone jls -d -j vnb-plan-jail192 jid
  jail -r vnb-plan-jail193
  wait_gone jls -d -j vnb-plan-jail193 jid
  jail -r vnb-plan-jail194
  wait_gone jls -d -j vnb-plan-jail194 jid
  jail -r vnb-plan-jail195
  wait_gone jls -d -j vnb-plan-jail195 jid
  jail -r vnb-plan-jail196
  wait_gone jls -d -j vnb-plan-jail196 jid
  jail -r vnb-plan-jail197
  wait_gone jls -d -j vnb-plan-jail197 jid
  jail -r vnb-plan-jail198
  wait_gone jls -d -j vnb-plan-jail198 jid
  jail -r vnb-plan-jail199
  wait_gone jls -d -j vnb-plan-jail199 jid
  jail -r vnb-plan-jail200
  wait_gone jls -d -j vnb-plan-jail200 jid
  jail -r vnb-plan-jail201
  wait_gone jls -d -j vnb-plan-jail201 jid
  jail -r vnb-plan-jail202
  wait_gone jls -d -j vnb-plan-jail202 jid
  jail -r vnb-plan-jail203
  wait_gone jls -d -j vnb-plan-jail203 jid
  jail -r vnb-plan-jail204
  wait_gone jls -d -j vnb-plan-jail204 jid
  jail -r vnb-plan-jail205
  wait_gone jls -d -j vnb-plan-jail205 jid
  jail -r vnb-plan-jail206
  wait_gone jls -d -j vnb-plan-jail206 jid
  jail -r vnb-plan-jail207
  wait_gone jls -d -j vnb-plan-jail207 jid
  jail -r vnb-plan-jail208
  wait_gone jls -d -j vnb-plan-jail208 jid
  jail -r vnb-plan-jail209
  wait_gone jls -d -j vnb-plan-jail209 jid
  jail -r vnb-plan-jail210
  wait_gone jls -d -j vnb-plan-jail210 jid
  jail -r vnb-plan-jail211
  wait_gone jls -d -j vnb-plan-jail211 jid
  jail -r vnb-plan-jail212
  wait_gone jls -d -j vnb-plan-jail212 jid
  jail -r vnb-plan-jail213
  wait_gone jls -d -j vnb-plan-jail213 jid
  jail -r vnb-plan-jail214
  wait_gone jls -d -j vnb-plan-jail214 jid
  jail -r vnb-plan-jail215
  wait_gone jls -d -j vnb-plan-jail215 jid
  jail -r vnb-plan-jail216
  wait_gone jls -d -j vnb-plan-jail216 jid
  jail -r vnb-plan-jail217
  wait_gone jls -d -j vnb-plan-jail217 jid
  jail -r vnb-plan-jail218
  wait_gone jls -d -j vnb-plan-jail218 jid
  jail -r vnb-plan-jail219
  wait_gone jls -d -j vnb-plan-jail219 jid
  jail -r vnb-plan-jail220
  wait_gone jls -d -j vnb-plan-jail220 jid
  jail -r vnb-plan-jail221
  wait_gone jls -d -j vnb-plan-jail221 jid
  jail -r vnb-plan-jail222
  wait_gone jls -d -j vnb-plan-jail222 jid
  jail -r vnb-plan-jail223
  wait_gone jls -d -j vnb-plan-jail223 jid
  jail -r vnb-plan-jail224
  wait_gone jls -d -j vnb-plan-jail224 jid
  jail -r vnb-plan-jail225
  wait_gone jls -d -j vnb-plan-jail225 jid
  jail -r vnb-plan-jail226
  wait_gone jls -d -j vnb-plan-jail226 jid
  jail -r vnb-plan-jail227
  wait_gone jls -d -j vnb-plan-jail227 jid
  jail -r vnb-plan-jail228
  wait_gone jls -d -j vnb-plan-jail228 jid
  jail -r vnb-plan-jail229
  wait_gone jls -d -j vnb-plan-jail229 jid
  jail -r vnb-plan-jail230
  wait_gone jls -d -j vnb-plan-jail230 jid
  jail -r vnb-plan-jail231
  wait_gone jls -d -j vnb-plan-jail231 jid
  jail -r vnb-plan-jail232
  wait_gone jls -d -j vnb-plan-jail232 jid
  jail -r vnb-plan-jail233
  wait_gone jls -d -j vnb-plan-jail233 jid
  jail -r vnb-plan-jail234
  wait_gone jls -d -j vnb-plan-jail234 jid
  jail -r vnb-plan-jail235
  wait_gone jls -d -j vnb-plan-jail235 jid
  jail -r vnb-plan-jail236
  wait_gone jls -d -j vnb-plan-jail236 jid
  jail -r vnb-plan-jail237
  wait_gone jls -d -j vnb-plan-jail237 jid
  jail -r vnb-plan-jail238
  wait_gone jls -d -j vnb-plan-jail238 jid
  jail -r vnb-plan-jail239
  wait_gone jls -d -j vnb-plan-jail239 jid
  jail -r vnb-plan-jail240
  wait_gone jls -d -j vnb-plan-jail240 jid
  jail -r vnb-plan-jail241
  wait_gone jls -d -j vnb-plan-jail241 jid
  jail -r vnb-plan-jail242
  wait_gone jls -d -j vnb-plan-jail242 jid
  jail -r vnb-plan-jail243
  wait_gone jls -d -j vnb-plan-jail243 jid
  jail -r vnb-plan-jail244
  wait_gone jls -d -j vnb-plan-jail244 jid
  jail -r vnb-plan-jail245
  wait_gone jls -d -j vnb-plan-jail245 jid
  jail -r vnb-plan-jail246
  wait_gone jls -d -j vnb-plan-jail246 jid
  jail -r vnb-plan-jail247
  wait_gone jls -d -j vnb-plan-jail247 jid
  jail -r vnb-plan-jail248
  wait_gone jls -d -j vnb-plan-jail248 jid
  jail -r vnb-plan-jail249
  wait_gone jls -d -j vnb-plan-jail249 jid
  jail -r vnb-plan-jail250
  wait_gone jls -d -j vnb-plan-jail250 jid
  jail -r vnb-plan-jail251
  wait_gone jls -d -j vnb-plan-jail251 jid
  jail -r vnb-plan-jail252
  wait_gone jls -d -j vnb-plan-jail252 jid
  jail -r vnb-plan-jail253
  wait_gone jls -d -j vnb-plan-jail253 jid
  jail -r vnb-plan-jail254
  wait_gone jls -d -j vnb-plan-jail254 jid
  jail -r vnb-plan-jail255
  wait_gone jls -d -j vnb-plan-jail255 jid
  jail -r vnb-plan-jail256
  wait_gone jls -d -j vnb-plan-jail256 jid
  jail -r vnb-plan-jail257
  wait_gone jls -d -j vnb-plan-jail257 jid
  jail -r vnb-plan-jail258
  wait_gone jls -d -j vnb-plan-jail258 jid
  jail -r vnb-plan-jail259
  wait_gone jls -d -j vnb-plan-jail259 jid
  jail -r vnb-plan-jail260
  wait_gone jls -d -j vnb-plan-jail260 jid
  jail -r vnb-plan-jail261
  wait_gone jls -d -j vnb-plan-jail261 jid
  jail -r vnb-plan-jail262
  wait_gone jls -d -j vnb-plan-jail262 jid
  jail -r vnb-plan-jail263
  wait_gone jls -d -j vnb-plan-jail263 jid
  jail -r vnb-plan-jail264
  wait_gone jls -d -j vnb-plan-jail264 jid
  jail -r vnb-plan-jail265
  wait_gone jls -d -j vnb-plan-jail265 jid
  jail -r vnb-plan-jail266
  wait_gone jls -d -j vnb-plan-jail266 jid
  jail -r vnb-plan-jail267
  wait_gone jls -d -j vnb-plan-jail267 jid
  jail -r vnb-plan-jail268
  wait_gone jls -d -j vnb-plan-jail268 jid
  jail -r vnb-plan-jail269
  wait_gone jls -d -j vnb-plan-jail269 jid
  jail -r vnb-plan-jail270
  wait_gone jls -d -j vnb-plan-jail270 jid
  jail -r vnb-plan-jail271
  wait_gone jls -d -j vnb-plan-jail271 jid
  jail -r vnb-plan-jail272
  wait_gone jls -d -j vnb-plan-jail272 jid
  jail -r vnb-plan-jail273
  wait_gone jls -d -j vnb-plan-jail273 jid
  jail -r vnb-plan-jail274
  wait_gone jls -d -j vnb-plan-jail274 jid
  jail -r vnb-plan-jail275
  wait_gone jls -d -j vnb-plan-jail275 jid
  jail -r vnb-plan-jail276
  wait_gone jls -d -j vnb-plan-jail276 jid
  jail -r vnb-plan-jail277
  wait_gone jls -d -j vnb-plan-jail277 jid
  jail -r vnb-plan-jail278
  wait_gone jls -d -j vnb-plan-jail278 jid
  jail -r vnb-plan-jail279
  wait_gone jls -d -j vnb-plan-jail279 jid
  jail -r vnb-plan-jail280
  wait_gone jls -d -j vnb-plan-jail280 jid
  jail -r vnb-plan-jail281
  wait_gone jls -d -j vnb-plan-jail281 jid
  jail -r vnb-plan-jail282
  wait_gone jls -d -j vnb-plan-jail282 jid
  jail -r vnb-plan-jail283
  wait_gone jls -d -j vnb-plan-jail283 jid
  jail -r vnb-plan-jail284
  wait_gone jls -d -j vnb-plan-jail284 jid
  jail -r vnb-plan-jail285
  wait_gone jls -d -j vnb-plan-jail285 jid
  jail -r vnb-plan-jail286
  wait_gone jls -d -j vnb-plan-jail286 jid
  jail -r vnb-plan-jail287
  wait_gone jls -d -j vnb-plan-jail287 jid
  jail -r vnb-plan-jail288
  wait_gone jls -d -j vnb-plan-jail288 jid
  jail -r vnb-plan-jail289
  wait_gone jls -d -j vnb-plan-jail289 jid
  jail -r vnb-plan-jail290
  wait_gone jls -d -j vnb-plan-jail290 jid
  jail -r vnb-plan-jail291
  wait_gone jls -d -j vnb-plan-jail291 jid
  jail -r vnb-plan-jail292
  wait_gone jls -d -j vnb-plan-jail292 jid
  jail -r vnb-plan-jail293
  wait_gone jls -d -j vnb-plan-jail293 jid
  jail -r vnb-plan-jail294
  wait_gone jls -d -j vnb-plan-jail294 jid
  jail -r vnb-plan-jail295
  wait_gone jls -d -j vnb-plan-jail295 jid
  jail -r vnb-plan-jail296
  wait_gone jls -d -j vnb-plan-jail296 jid
  jail -r vnb-plan-jail297
  wait_gone jls -d -j vnb-plan-jail297 jid
  jail -r vnb-plan-jail298
  wait_gone jls -d -j vnb-plan-jail298 jid
  jail -r vnb-plan-jail299
  wait_gone jls -d -j vnb-plan-jail299 jid
  jail -r vnb-plan-jail300
  wait_gone jls -d -j vnb-plan-jail300 jid
  jail -r vnb-plan-jail301
  wait_gone jls -d -j vnb-plan-jail301 jid
  jail -r vnb-plan-jail302
  wait_gone jls -d -j vnb-plan-jail302 jid
  jail -r vnb-plan-jail303
  wait_gone jls -d -j vnb-plan-jail303 jid
  jail -r vnb-plan-jail304
  wait_gone jls -d -j vnb-plan-jail304 jid
  jail -r vnb-plan-jail305
  wait_gone jls -d -j vnb-plan-jail305 jid
  jail -r vnb-plan-jail306
  wait_gone jls -d -j vnb-plan-jail306 jid
  jail -r vnb-plan-jail307
  wait_gone jls -d -j vnb-plan-jail307 jid
  jail -r vnb-plan-jail308
  wait_gone jls -d -j vnb-plan-jail308 jid
  jail -r vnb-plan-jail309
  wait_gone jls -d -j vnb-plan-jail309 jid
  jail -r vnb-plan-jail310
  wait_gone jls -d -j vnb-plan-jail310 jid
  jail -r vnb-plan-jail311
  wait_gone jls -d -j vnb-plan-jail311 jid
  jail -r vnb-plan-jail312
  wait_gone jls -d -j vnb-plan-jail312 jid
  jail -r vnb-plan-jail313
  wait_gone jls -d -j vnb-plan-jail313 jid
  jail -r vnb-plan-jail314
  wait_gone jls -d -j vnb-plan-jail314 jid
  jail -r vnb-plan-jail315
  wait_gone jls -d -j vnb-plan-jail315 jid
  jail -r vnb-plan-jail316
  wait_gone jls -d -j vnb-plan-jail316 jid
  jail -r vnb-plan-jail317
  wait_gone jls -d -j vnb-plan-jail317 jid
  jail -r vnb-plan-jail318
  wait_gone jls -d -j vnb-plan-jail318 jid
  jail -r vnb-plan-jail319
  wait_gone jls -d -j vnb-plan-jail319 jid
  jail -r vnb-plan-jail320
  wait_gone jls -d -j vnb-plan-jail320 jid
  jail -r vnb-plan-jail321
  wait_gone jls -d -j vnb-plan-jail321 jid
  jail -r vnb-plan-jail322
  wait_gone jls -d -j vnb-plan-jail322 jid
  jail -r vnb-plan-jail323
  wait_gone jls -d -j vnb-plan-jail323 jid
  jail -r vnb-plan-jail324
  wait_gone jls -d -j vnb-plan-jail324 jid
  jail -r vnb-plan-jail325
  wait_gone jls -d -j vnb-plan-jail325 jid
  jail -r vnb-plan-jail326
  wait_gone jls -d -j vnb-plan-jail326 jid
  jail -r vnb-plan-jail327
  wait_gone jls -d -j vnb-plan-jail327 jid
  jail -r vnb-plan-jail328
  wait_gone jls -d -j vnb-plan-jail328 jid
  jail -r vnb-plan-jail329
  wait_gone jls -d -j vnb-plan-jail329 jid
  jail -r vnb-plan-jail330
  wait_gone jls -d -j vnb-plan-jail330 jid
  jail -r vnb-plan-jail331
  wait_gone jls -d -j vnb-plan-jail331 jid
  jail -r vnb-plan-jail332
  wait_gone jls -d -j vnb-plan-jail332 jid
  jail -r vnb-plan-jail333
  wait_gone jls -d -j vnb-plan-jail333 jid
  jail -r vnb-plan-jail334
  wait_gone jls -d -j vnb-plan-jail334 jid
  jail -r vnb-plan-jail335
  wait_gone jls -d -j vnb-plan-jail335 jid
  jail -r vnb-plan-jail336
  wait_gone jls -d -j vnb-plan-jail336 jid
  jail -r vnb-plan-jail337
  wait_gone jls -d -j vnb-plan-jail337 jid
  jail -r vnb-plan-jail338
  wait_gone jls -d -j vnb-plan-jail338 jid
  jail -r vnb-plan-jail339
  wait_gone jls -d -j vnb-plan-jail339 jid
  jail -r vnb-plan-jail340
  wait_gone jls -d -j vnb-plan-jail340 jid
  jail -r vnb-plan-jail341
  wait_gone jls -d -j vnb-plan-jail341 jid
  jail -r vnb-plan-jail342
  wait_gone jls -d -j vnb-plan-jail342 jid
  jail -r vnb-plan-jail343
  wait_gone jls -d -j vnb-plan-jail343 jid
  jail -r vnb-plan-jail344
  wait_gone jls -d -j vnb-plan-jail344 jid
  jail -r vnb-plan-jail345
  wait_gone jls -d -j vnb-plan-jail345 jid
  jail -r vnb-plan-jail346
  wait_gone jls -d -j vnb-plan-jail346 jid
  jail -r vnb-plan-jail347
  wait_gone jls -d -j vnb-plan-jail347 jid
  jail -r vnb-plan-jail348
  wait_gone jls -d -j vnb-plan-jail348 jid
  jail -r vnb-plan-jail349
  wait_gone jls -d -j vnb-plan-jail349 jid
  jail -r vnb-plan-jail350
  wait_gone jls -d -j vnb-plan-jail350 jid
  jail -r vnb-plan-jail351
  wait_gone jls -d -j vnb-plan-jail351 jid
  jail -r vnb-plan-jail352
  wait_gone jls -d -j vnb-plan-jail352 jid
  jail -r vnb-plan-jail353
  wait_gone jls -d -j vnb-plan-jail353 jid
  jail -r vnb-plan-jail354
  wait_gone jls -d -j vnb-plan-jail354 jid
  jail -r vnb-plan-jail355
  wait_gone jls -d -j vnb-plan-jail355 jid
  jail -r vnb-plan-jail356
  wait_gone jls -d -j vnb-plan-jail356 jid
  jail -r vnb-plan-jail357
  wait_gone jls -d -j vnb-plan-jail357 jid
  jail -r vnb-plan-jail358
  wait_gone jls -d -j vnb-plan-jail358 jid
  jail -r vnb-plan-jail359
  wait_gone jls -d -j vnb-plan-jail359 jid
  jail -r vnb-plan-jail360
  wait_gone jls -d -j vnb-plan-jail360 jid
  jail -r vnb-plan-jail361
  wait_gone jls -d -j vnb-plan-jail361 jid
  jail -r vnb-plan-jail362
  wait_gone jls -d -j vnb-plan-jail362 jid
  jail -r vnb-plan-jail363
  wait_gone jls -d -j vnb-plan-jail363 jid
  jail -r vnb-plan-jail364
  wait_gone jls -d -j vnb-plan-jail364 jid
  jail -r vnb-plan-jail365
  wait_gone jls -d -j vnb-plan-jail365 jid
  jail -r vnb-plan-jail366
  wait_gone jls -d -j vnb-plan-jail366 jid
  jail -r vnb-plan-jail367
  wait_gone jls -d -j vnb-plan-jail367 jid
  jail -r vnb-plan-jail368
  wait_gone jls -d -j vnb-plan-jail368 jid
  jail -r vnb-plan-jail369
  wait_gone jls -d -j vnb-plan-jail369 jid
  jail -r vnb-plan-jail370
  wait_gone jls -d -j vnb-plan-jail370 jid
  jail -r vnb-plan-jail371
  wait_gone jls -d -j vnb-plan-jail371 jid
  jail -r vnb-plan-jail372
  wait_gone jls -d -j vnb-plan-jail372 jid
  jail -r vnb-plan-jail373
  wait_gone jls -d -j vnb-plan-jail373 jid
  jail -r vnb-plan-jail374
  wait_gone jls -d -j vnb-plan-jail374 jid
  jail -r vnb-plan-jail375
  wait_gone jls -d -j vnb-plan-jail375 jid
  jail -r vnb-plan-jail376
  wait_gone jls -d -j vnb-plan-jail376 jid
  jail -r vnb-plan-jail377
  wait_gone jls -d -j vnb-plan-jail377 jid
  jail -r vnb-plan-jail378
  wait_gone jls -d -j vnb-plan-jail378 jid
  jail -r vnb-plan-jail379
  wait_gone jls -d -j vnb-plan-jail379 jid
  jail -r vnb-plan-jail380
  wait_gone jls -d -j vnb-plan-jail380 jid
  jail -r vnb-plan-jail381
  wait_gone jls -d -j vnb-plan-jail381 jid
  jail -r vnb-plan-jail382
  wait_gone jls -d -j vnb-plan-jail382 jid
  jail -r vnb-plan-jail383
  wait_gone jls -d -j vnb-plan-jail383 jid
  jail -r vnb-plan-jail384
  wait_gone jls -d -j vnb-plan-jail384 jid
  jail -r vnb-plan-jail385
  wait_gone jls -d -j vnb-plan-jail385 jid
  jail -r vnb-plan-jail386
  wait_gone jls -d -j vnb-plan-jail386 jid
  jail -r vnb-plan-jail387
  wait_gone jls -d -j vnb-plan-jail387 jid
  jail -r vnb-plan-jail388
  wait_gone jls -d -j vnb-plan-jail388 jid
  jail -r vnb-plan-jail389
  wait_gone jls -d -j vnb-plan-jail389 jid
  jail -r vnb-plan-jail390
  wait_gone jls -d -j vnb-plan-jail390 jid
  jail -r vnb-plan-jail391
  wait_gone jls -d -j vnb-plan-jail391 jid
  jail -r vnb-plan-jail392
  wait_gone jls -d -j vnb-plan-jail392 jid
  jail -r vnb-plan-jail393
  wait_gone jls -d -j vnb-plan-jail393 jid
  jail -r vnb-plan-jail394
  wait_gone jls -d -j vnb-plan-jail394 jid
  jail -r vnb-plan-jail395
  wait_gone jls -d -j vnb-plan-jail395 jid
  jail -r vnb-plan-jail396
  wait_gone jls -d -j vnb-plan-jail396 jid
  jail -r vnb-plan-jail397
  wait_gone jls -d -j vnb-plan-jail397 jid
  jail -r vnb-plan-jail398
  wait_gone jls -d -j vnb-plan-jail398 jid
  jail -r vnb-plan-jail399
  wait_gone jls -d -j vnb-plan-jail399 jid
  jail -r vnb-plan-jail400
  wait_gone jls -d -j vnb-plan-jail400 jid
  jail -r vnb-plan-jail401
  wait_gone jls -d -j vnb-plan-jail401 jid
  jail -r vnb-plan-jail402
  wait_gone jls -d -j vnb-plan-jail402 jid
  jail -r vnb-plan-jail403
  wait_gone jls -d -j vnb-plan-jail403 jid
  jail -r vnb-plan-jail404
  wait_gone jls -d -j vnb-plan-jail404 jid
  jail -r vnb-plan-jail405
  wait_gone jls -d -j vnb-plan-jail405 jid
  jail -r vnb-plan-jail406
  wait_gone jls -d -j vnb-plan-jail406 jid
  jail -r vnb-plan-jail407
  wait_gone jls -d -j vnb-plan-jail407 jid
  jail -r vnb-plan-jail408
  wait_gone jls -d -j vnb-plan-jail408 jid
  jail -r vnb-plan-jail409
  wait_gone jls -d -j vnb-plan-jail409 jid
  jail -r vnb-plan-jail410
  wait_gone jls -d -j vnb-plan-jail410 jid
  jail -r vnb-plan-jail411
  wait_gone jls -d -j vnb-plan-jail411 jid
  jail -r vnb-plan-jail412
  wait_gone jls -d -j vnb-plan-jail412 jid
  jail -r vnb-plan-jail413
  wait_gone jls -d -j vnb-plan-jail413 jid
  jail -r vnb-plan-jail414
  wait_gone jls -d -j vnb-plan-jail414 jid
  jail -r vnb-plan-jail415
  wait_gone jls -d -j vnb-plan-jail415 jid
  jail -r vnb-plan-jail416
  wait_gone jls -d -j vnb-plan-jail416 jid
  jail -r vnb-plan-jail417
  wait_gone jls -d -j vnb-plan-jail417 jid
  jail -r vnb-plan-jail418
  wait_gone jls -d -j vnb-plan-jail418 jid
  jail -r vnb-plan-jail419
  wait_gone jls -d -j vnb-plan-jail419 jid
  jail -r vnb-plan-jail420
  wait_gone jls -d -j vnb-plan-jail420 jid
  jail -r vnb-plan-jail421
  wait_gone jls -d -j vnb-plan-jail421 jid
  jail -r vnb-plan-jail422
  wait_gone jls -d -j vnb-plan-jail422 jid
  jail -r vnb-plan-jail423
  wait_gone jls -d -j vnb-plan-jail423 jid
  jail -r vnb-plan-jail424
  wait_gone jls -d -j vnb-plan-jail424 jid
  jail -r vnb-plan-jail425
  wait_gone jls -d -j vnb-plan-jail425 jid
  jail -r vnb-plan-jail426
  wait_gone jls -d -j vnb-plan-jail426 jid
  jail -r vnb-plan-jail427
  wait_gone jls -d -j vnb-plan-jail427 jid
  jail -r vnb-plan-jail428
  wait_gone jls -d -j vnb-plan-jail428 jid
  jail -r vnb-plan-jail429
  wait_gone jls -d -j vnb-plan-jail429 jid
  jail -r vnb-plan-jail430
  wait_gone jls -d -j vnb-plan-jail430 jid
  jail -r vnb-plan-jail431
  wait_gone jls -d -j vnb-plan-jail431 jid
  jail -r vnb-plan-jail432
  wait_gone jls -d -j vnb-plan-jail432 jid
  jail -r vnb-plan-jail433
  wait_gone jls -d -j vnb-plan-jail433 jid
  jail -r vnb-plan-jail434
  wait_gone jls -d -j vnb-plan-jail434 jid
  jail -r vnb-plan-jail435
  wait_gone jls -d -j vnb-plan-jail435 jid
  jail -r vnb-plan-jail436
  wait_gone jls -d -j vnb-plan-jail436 jid
  jail -r vnb-plan-jail437
  wait_gone jls -d -j vnb-plan-jail437 jid
  jail -r vnb-plan-jail438
  wait_gone jls -d -j vnb-plan-jail438 jid
  jail -r vnb-plan-jail439
  wait_gone jls -d -j vnb-plan-jail439 jid
  jail -r vnb-plan-jail440
  wait_gone jls -d -j vnb-plan-jail440 jid
  jail -r vnb-plan-jail441
  wait_gone jls -d -j vnb-plan-jail441 jid
  jail -r vnb-plan-jail442
  wait_gone jls -d -j vnb-plan-jail442 jid
  jail -r vnb-plan-jail443
  wait_gone jls -d -j vnb-plan-jail443 jid
  jail -r vnb-plan-jail444
  wait_gone jls -d -j vnb-plan-jail444 jid
  jail -r vnb-plan-jail445
  wait_gone jls -d -j vnb-plan-jail445 jid
  jail -r vnb-plan-jail446
  wait_gone jls -d -j vnb-plan-jail446 jid
  jail -r vnb-plan-jail447
  wait_gone jls -d -j vnb-plan-jail447 jid
  jail -r vnb-plan-jail448
  wait_gone jls -d -j vnb-plan-jail448 jid
  jail -r vnb-plan-jail449
  wait_gone jls -d -j vnb-plan-jail449 jid
  jail -r vnb-plan-jail450
  wait_gone jls -d -j vnb-plan-jail450 jid
  jail -r vnb-plan-jail451
  wait_gone jls -d -j vnb-plan-jail451 jid
  jail -r vnb-plan-jail452
  wait_gone jls -d -j vnb-plan-jail452 jid
  jail -r vnb-plan-jail453
  wait_gone jls -d -j vnb-plan-jail453 jid
  jail -r vnb-plan-jail454
  wait_gone jls -d -j vnb-plan-jail454 jid
  jail -r vnb-plan-jail455
  wait_gone jls -d -j vnb-plan-jail455 jid
  jail -r vnb-plan-jail456
  wait_gone jls -d -j vnb-plan-jail456 jid
  jail -r vnb-plan-jail457
  wait_gone jls -d -j vnb-plan-jail457 jid
  jail -r vnb-plan-jail458
  wait_gone jls -d -j vnb-plan-jail458 jid
  jail -r vnb-plan-jail459
  wait_gone jls -d -j vnb-plan-jail459 jid
  jail -r vnb-plan-jail460
  wait_gone jls -d -j vnb-plan-jail460 jid
  jail -r vnb-plan-jail461
  wait_gone jls -d -j vnb-plan-jail461 jid
  jail -r vnb-plan-jail462
  wait_gone jls -d -j vnb-plan-jail462 jid
  jail -r vnb-plan-jail463
  wait_gone jls -d -j vnb-plan-jail463 jid
  jail -r vnb-plan-jail464
  wait_gone jls -d -j vnb-plan-jail464 jid
  jail -r vnb-plan-jail465
  wait_gone jls -d -j vnb-plan-jail465 jid
  jail -r vnb-plan-jail466
  wait_gone jls -d -j vnb-plan-jail466 jid
  jail -r vnb-plan-jail467
  wait_gone jls -d -j vnb-plan-jail467 jid
  jail -r vnb-plan-jail468
  wait_gone jls -d -j vnb-plan-jail468 jid
  jail -r vnb-plan-jail469
  wait_gone jls -d -j vnb-plan-jail469 jid
  jail -r vnb-plan-jail470
  wait_gone jls -d -j vnb-plan-jail470 jid
  jail -r vnb-plan-jail471
  wait_gone jls -d -j vnb-plan-jail471 jid
  jail -r vnb-plan-jail472
  wait_gone jls -d -j vnb-plan-jail472 jid
  jail -r vnb-plan-jail473
  wait_gone jls -d -j vnb-plan-jail473 jid
  jail -r vnb-plan-jail474
  wait_gone jls -d -j vnb-plan-jail474 jid
  jail -r vnb-plan-jail475
  wait_gone jls -d -j vnb-plan-jail475 jid
  jail -r vnb-plan-jail476
  wait_gone jls -d -j vnb-plan-jail476 jid
  jail -r vnb-plan-jail477
  wait_gone jls -d -j vnb-plan-jail477 jid
  jail -r vnb-plan-jail478
  wait_gone jls -d -j vnb-plan-jail478 jid
  jail -r vnb-plan-jail479
  wait_gone jls -d -j vnb-plan-jail479 jid
  jail -r vnb-plan-jail480
  wait_gone jls -d -j vnb-plan-jail480 jid
  # destroy the host's interfaces that are still there, paced; bridges last
  ifconfig vnetdemobridge destroy
  # restore kernel tunables
  [ -f /var/run/vnetbench/vnb-plan/tune.net.inet.raw.recvspace ] && sysctl net.inet.raw.recvspace="$(cat /var/run/vnetbench/vnb-plan/tune.net.inet.raw.recvspace)"
  [ -f /var/run/vnetbench/vnb-plan/tune.net.inet.raw.maxdgram ] && sysctl net.inet.raw.maxdgram="$(cat /var/run/vnetbench/vnb-plan/tune.net.inet.raw.maxdgram)"
  # kern.ipc.nmbclusters stays at 1000000 until reboot: the kernel does not lower it
  # remove the files the run wrote on the box
  rm -rf -- /var/run/vnetbench/vnb-plan
}
if [ "${1:-build}" = teardown ]; then teardown; exit 0; fi
mkdir -p /var/run/vnetbench/vnb-plan

# --- tune (7 steps; vnetbench runs a phase's steps concurrently) ---
# kernel-global tunables: the old value is saved and restored by teardown
# rx-backlog=61440 is for linux only
[ -f /var/run/vnetbench/vnb-plan/tune.kern.ipc.nmbclusters ] || sysctl -i -n kern.ipc.nmbclusters > /var/run/vnetbench/vnb-plan/tune.kern.ipc.nmbclusters
sysctl kern.ipc.nmbclusters=1000000
[ -f /var/run/vnetbench/vnb-plan/tune.net.inet.raw.maxdgram ] || sysctl -i -n net.inet.raw.maxdgram > /var/run/vnetbench/vnb-plan/tune.net.inet.raw.maxdgram
sysctl net.inet.raw.maxdgram=16384
[ -f /var/run/vnetbench/vnb-plan/tune.net.inet.raw.recvspace ] || sysctl -i -n net.inet.raw.recvspace > /var/run/vnetbench/vnb-plan/tune.net.inet.raw.recvspace
sysctl net.inet.raw.recvspace=16384
# neigh-soft=1920 is for linux only
# neigh-max=3840 is for linux only
# socket-rcvbuf=1900800 is for linux only

# --- nodes (481 steps; vnetbench runs a phase's steps concurrently) ---
jail -c name=vnb-plan-jail1 host.hostname=jail1 persist vnet
jail -c name=vnb-plan-jail2 host.hostname=jail2 persist vnet
jail -c name=vnb-plan-jail3 host.hostname=jail3 persist vnet
jail -c name=vnb-plan-jail4 host.hostname=jail4 persist vnet
jail -c name=vnb-plan-jail5 host.hostname=jail5 persist vnet
jail -c name=vnb-plan-jail6 host.hostname=jail6 persist vnet
jail -c name=vnb-plan-jail7 host.hostname=jail7 persist vnet
jail -c name=vnb-plan-jail8 host.hostname=jail8 persist vnet
jail -c name=vnb-plan-jail9 host.hostname=jail9 persist vnet
jail -c name=vnb-plan-jail10 host.hostname=jail10 persist vnet
jail -c name=vnb-plan-jail11 host.hostname=jail11 persist vnet
jail -c name=vnb-plan-jail12 host.hostname=jail12 persist vnet
jail -c name=vnb-plan-jail13 host.hostname=jail13 persist vnet
jail -c name=vnb-plan-jail14 host.hostname=jail14 persist vnet
jail -c name=vnb-plan-jail15 host.hostname=jail15 persist vnet
jail -c name=vnb-plan-jail16 host.hostname=jail16 persist vnet
jail -c name=vnb-plan-jail17 host.hostname=jail17 persist vnet
jail -c name=vnb-plan-jail18 host.hostname=jail18 persist vnet
jail -c name=vnb-plan-jail19 host.hostname=jail19 persist vnet
jail -c name=vnb-plan-jail20 host.hostname=jail20 persist vnet
jail -c name=vnb-plan-jail21 host.hostname=jail21 persist vnet
jail -c name=vnb-plan-jail22 host.hostname=jail22 persist vnet
jail -c name=vnb-plan-jail23 host.hostname=jail23 persist vnet
jail -c name=vnb-plan-jail24 host.hostname=jail24 persist vnet
jail -c name=vnb-plan-jail25 host.hostname=jail25 persist vnet
jail -c name=vnb-plan-jail26 host.hostname=jail26 persist vnet
jail -c name=vnb-plan-jail27 host.hostname=jail27 persist vnet
jail -c name=vnb-plan-jail28 host.hostname=jail28 persist vnet
jail -c name=vnb-plan-jail29 host.hostname=jail29 persist vnet
jail -c name=vnb-plan-jail30 host.hostname=jail30 persist vnet
jail -c name=vnb-plan-jail31 host.hostname=jail31 persist vnet
jail -c name=vnb-plan-jail32 host.hostname=jail32 persist vnet
jail -c name=vnb-plan-jail33 host.hostname=jail33 persist vnet
jail -c name=vnb-plan-jail34 host.hostname=jail34 persist vnet
jail -c name=vnb-plan-jail35 host.hostname=jail35 persist vnet
jail -c name=vnb-plan-jail36 host.hostname=jail36 persist vnet
jail -c name=vnb-plan-jail37 host.hostname=jail37 persist vnet
jail -c name=vnb-plan-jail38 host.hostname=jail38 persist vnet
jail -c name=vnb-plan-jail39 host.hostname=jail39 persist vnet
jail -c name=vnb-plan-jail40 host.hostname=jail40 persist vnet
jail -c name=vnb-plan-jail41 host.hostname=jail41 persist vnet
jail -c name=vnb-plan-jail42 host.hostname=jail42 persist vnet
jail -c name=vnb-plan-jail43 host.hostname=jail43 persist vnet
jail -c name=vnb-plan-jail44 host.hostname=jail44 persist vnet
jail -c name=vnb-plan-jail45 host.hostname=jail45 persist vnet
jail -c name=vnb-plan-jail46 host.hostname=jail46 persist vnet
jail -c name=vnb-plan-jail47 host.hostname=jail47 persist vnet
jail -c name=vnb-plan-jail48 host.hostname=jail48 persist vnet
jail -c name=vnb-plan-jail49 host.hostname=jail49 persist vnet
jail -c name=vnb-plan-jail50 host.hostname=jail50 persist vnet
jail -c name=vnb-plan-jail51 host.hostname=jail51 persist vnet
jail -c name=vnb-plan-jail52 host.hostname=jail52 persist vnet
jail -c name=vnb-plan-jail53 host.hostname=jail53 persist vnet
jail -c name=vnb-plan-jail54 host.hostname=jail54 persist vnet
jail -c name=vnb-plan-jail55 host.hostname=jail55 persist vnet
jail -c name=vnb-plan-jail56 host.hostname=jail56 persist vnet
jail -c name=vnb-plan-jail57 host.hostname=jail57 persist vnet
jail -c name=vnb-plan-jail58 host.hostname=jail58 persist vnet
jail -c name=vnb-plan-jail59 host.hostname=jail59 persist vnet
jail -c name=vnb-plan-jail60 host.hostname=jail60 persist vnet
jail -c name=vnb-plan-jail61 host.hostname=jail61 persist vnet
jail -c name=vnb-plan-jail62 host.hostname=jail62 persist vnet
jail -c name=vnb-plan-jail63 host.hostname=jail63 persist vnet
jail -c name=vnb-plan-jail64 host.hostname=jail64 persist vnet
jail -c name=vnb-plan-jail65 host.hostname=jail65 persist vnet
jail -c name=vnb-plan-jail66 host.hostname=jail66 persist vnet
jail -c name=vnb-plan-jail67 host.hostname=jail67 persist vnet
jail -c name=vnb-plan-jail68 host.hostname=jail68 persist vnet
jail -c name=vnb-plan-jail69 host.hostname=jail69 persist vnet
jail -c name=vnb-plan-jail70 host.hostname=jail70 persist vnet
jail -c name=vnb-plan-jail71 host.hostname=jail71 persist vnet
jail -c name=vnb-plan-jail72 host.hostname=jail72 persist vnet
jail -c name=vnb-plan-jail73 host.hostname=jail73 persist vnet
jail -c name=vnb-plan-jail74 host.hostname=jail74 persist vnet
jail -c name=vnb-plan-jail75 host.hostname=jail75 persist vnet
jail -c name=vnb-plan-jail76 host.hostname=jail76 persist vnet
jail -c name=vnb-plan-jail77 host.hostname=jail77 persist vnet
jail -c name=vnb-plan-jail78 host.hostname=jail78 persist vnet
jail -c name=vnb-plan-jail79 host.hostname=jail79 persist vnet
jail -c name=vnb-plan-jail80 host.hostname=jail80 persist vnet
jail -c name=vnb-plan-jail81 host.hostname=jail81 persist vnet
jail -c name=vnb-plan-jail82 host.hostname=jail82 persist vnet
jail -c name=vnb-plan-jail83 host.hostname=jail83 persist vnet
jail -c name=vnb-plan-jail84 host.hostname=jail84 persist vnet
jail -c name=vnb-plan-jail85 host.hostname=jail85 persist vnet
jail -c name=vnb-plan-jail86 host.hostname=jail86 persist vnet
jail -c name=vnb-plan-jail87 host.hostname=jail87 persist vnet
jail -c name=vnb-plan-jail88 host.hostname=jail88 persist vnet
jail -c name=vnb-plan-jail89 host.hostname=jail89 persist vnet
jail -c name=vnb-plan-jail90 host.hostname=jail90 persist vnet
jail -c name=vnb-plan-jail91 host.hostname=jail91 persist vnet
jail -c name=vnb-plan-jail92 host.hostname=jail92 persist vnet
jail -c name=vnb-plan-jail93 host.hostname=jail93 persist vnet
jail -c name=vnb-plan-jail94 host.hostname=jail94 persist vnet
jail -c name=vnb-plan-jail95 host.hostname=jail95 persist vnet
jail -c name=vnb-plan-jail96 host.hostname=jail96 persist vnet
jail -c name=vnb-plan-jail97 host.hostname=jail97 persist vnet
jail -c name=vnb-plan-jail98 host.hostname=jail98 persist vnet
jail -c name=vnb-plan-jail99 host.hostname=jail99 persist vnet
jail -c name=vnb-plan-jail100 host.hostname=jail100 persist vnet
jail -c name=vnb-plan-jail101 host.hostname=jail101 persist vnet
jail -c name=vnb-plan-jail102 host.hostname=jail102 persist vnet
jail -c name=vnb-plan-jail103 host.hostname=jail103 persist vnet
jail -c name=vnb-plan-jail104 host.hostname=jail104 persist vnet
jail -c name=vnb-plan-jail105 host.hostname=jail105 persist vnet
jail -c name=vnb-plan-jail106 host.hostname=jail106 persist vnet
jail -c name=vnb-plan-jail107 host.hostname=jail107 persist vnet
jail -c name=vnb-plan-jail108 host.hostname=jail108 persist vnet
jail -c name=vnb-plan-jail109 host.hostname=jail109 persist vnet
jail -c name=vnb-plan-jail110 host.hostname=jail110 persist vnet
jail -c name=vnb-plan-jail111 host.hostname=jail111 persist vnet
jail -c name=vnb-plan-jail112 host.hostname=jail112 persist vnet
jail -c name=vnb-plan-jail113 host.hostname=jail113 persist vnet
jail -c name=vnb-plan-jail114 host.hostname=jail114 persist vnet
jail -c name=vnb-plan-jail115 host.hostname=jail115 persist vnet
jail -c name=vnb-plan-jail116 host.hostname=jail116 persist vnet
jail -c name=vnb-plan-jail117 host.hostname=jail117 persist vnet
jail -c name=vnb-plan-jail118 host.hostname=jail118 persist vnet
jail -c name=vnb-plan-jail119 host.hostname=jail119 persist vnet
jail -c name=vnb-plan-jail120 host.hostname=jail120 persist vnet
jail -c name=vnb-plan-jail121 host.hostname=jail121 persist vnet
jail -c name=vnb-plan-jail122 host.hostname=jail122 persist vnet
jail -c name=vnb-plan-jail123 host.hostname=jail123 persist vnet
jail -c name=vnb-plan-jail124 host.hostname=jail124 persist vnet
jail -c name=vnb-plan-jail125 host.hostname=jail125 persist vnet
jail -c name=vnb-plan-jail126 host.hostname=jail126 persist vnet
jail -c name=vnb-plan-jail127 host.hostname=jail127 persist vnet
jail -c name=vnb-plan-jail128 host.hostname=jail128 persist vnet
jail -c name=vnb-plan-jail129 host.hostname=jail129 persist vnet
jail -c name=vnb-plan-jail130 host.hostname=jail130 persist vnet
jail -c name=vnb-plan-jail131 host.hostname=jail131 persist vnet
jail -c name=vnb-plan-jail132 host.hostname=jail132 persist vnet
jail -c name=vnb-plan-jail133 host.hostname=jail133 persist vnet
jail -c name=vnb-plan-jail134 host.hostname=jail134 persist vnet
jail -c name=vnb-plan-jail135 host.hostname=jail135 persist vnet
jail -c name=vnb-plan-jail136 host.hostname=jail136 persist vnet
jail -c name=vnb-plan-jail137 host.hostname=jail137 persist vnet
jail -c name=vnb-plan-jail138 host.hostname=jail138 persist vnet
jail -c name=vnb-plan-jail139 host.hostname=jail139 persist vnet
jail -c name=vnb-plan-jail140 host.hostname=jail140 persist vnet
jail -c name=vnb-plan-jail141 host.hostname=jail141 persist vnet
jail -c name=vnb-plan-jail142 host.hostname=jail142 persist vnet
jail -c name=vnb-plan-jail143 host.hostname=jail143 persist vnet
jail -c name=vnb-plan-jail144 host.hostname=jail144 persist vnet
jail -c name=vnb-plan-jail145 host.hostname=jail145 persist vnet
jail -c name=vnb-plan-jail146 host.hostname=jail146 persist vnet
jail -c name=vnb-plan-jail147 host.hostname=jail147 persist vnet
jail -c name=vnb-plan-jail148 host.hostname=jail148 persist vnet
jail -c name=vnb-plan-jail149 host.hostname=jail149 persist vnet
jail -c name=vnb-plan-jail150 host.hostname=jail150 persist vnet
jail -c name=vnb-plan-jail151 host.hostname=jail151 persist vnet
jail -c name=vnb-plan-jail152 host.hostname=jail152 persist vnet
jail -c name=vnb-plan-jail153 host.hostname=jail153 persist vnet
jail -c name=vnb-plan-jail154 host.hostname=jail154 persist vnet
jail -c name=vnb-plan-jail155 host.hostname=jail155 persist vnet
jail -c name=vnb-plan-jail156 host.hostname=jail156 persist vnet
jail -c name=vnb-plan-jail157 host.hostname=jail157 persist vnet
jail -c name=vnb-plan-jail158 host.hostname=jail158 persist vnet
jail -c name=vnb-plan-jail159 host.hostname=jail159 persist vnet
jail -c name=vnb-plan-jail160 host.hostname=jail160 persist vnet
jail -c name=vnb-plan-jail161 host.hostname=jail161 persist vnet
jail -c name=vnb-plan-jail162 host.hostname=jail162 persist vnet
jail -c name=vnb-plan-jail163 host.hostname=jail163 persist vnet
jail -c name=vnb-plan-jail164 host.hostname=jail164 persist vnet
jail -c name=vnb-plan-jail165 host.hostname=jail165 persist vnet
jail -c name=vnb-plan-jail166 host.hostname=jail166 persist vnet
jail -c name=vnb-plan-jail167 host.hostname=jail167 persist vnet
jail -c name=vnb-plan-jail168 host.hostname=jail168 persist vnet
jail -c name=vnb-plan-jail169 host.hostname=jail169 persist vnet
jail -c name=vnb-plan-jail170 host.hostname=jail170 persist vnet
jail -c name=vnb-plan-jail171 host.hostname=jail171 persist vnet
jail -c name=vnb-plan-jail172 host.hostname=jail172 persist vnet
jail -c name=vnb-plan-jail173 host.hostname=jail173 persist vnet
jail -c name=vnb-plan-jail174 host.hostname=jail174 persist vnet
jail -c name=vnb-plan-jail175 host.hostname=jail175 persist vnet
jail -c name=vnb-plan-jail176 host.hostname=jail176 persist vnet
jail -c name=vnb-plan-jail177 host.hostname=jail177 persist vnet
jail -c name=vnb-plan-jail178 host.hostname=jail178 persist vnet
jail -c name=vnb-plan-jail179 host.hostname=jail179 persist vnet
jail -c name=vnb-plan-jail180 host.hostname=jail180 persist vnet
jail -c name=vnb-plan-jail181 host.hostname=jail181 persist vnet
jail -c name=vnb-plan-jail182 host.hostname=jail182 persist vnet
jail -c name=vnb-plan-jail183 host.hostname=jail183 persist vnet
jail -c name=vnb-plan-jail184 host.hostname=jail184 persist vnet
jail -c name=vnb-plan-jail185 host.hostname=jail185 persist vnet
jail -c name=vnb-plan-jail186 host.hostname=jail186 persist vnet
jail -c name=vnb-plan-jail187 host.hostname=jail187 persist vnet
jail -c name=vnb-plan-jail188 host.hostname=jail188 persist vnet
jail -c name=vnb-plan-jail189 host.hostname=jail189 persist vnet
jail -c name=vnb-plan-jail190 host.hostname=jail190 persist vnet
jail -c name=vnb-plan-jail191 host.hostname=jail191 persist vnet
jail -c name=vnb-plan-jail192 host.hostname=jail192 persist vnet
jail -c name=vnb-plan-jail193 host.hostname=jail193 persist vnet
jail -c name=vnb-plan-jail194 host.hostname=jail194 persist vnet
jail -c name=vnb-plan-jail195 host.hostname=jail195 persist vnet
jail -c name=vnb-plan-jail196 host.hostname=jail196 persist vnet
jail -c name=vnb-plan-jail197 host.hostname=jail197 persist vnet
jail -c name=vnb-plan-jail198 host.hostname=jail198 persist vnet
jail -c name=vnb-plan-jail199 host.hostname=jail199 persist vnet
jail -c name=vnb-plan-jail200 host.hostname=jail200 persist vnet
jail -c name=vnb-plan-jail201 host.hostname=jail201 persist vnet
jail -c name=vnb-plan-jail202 host.hostname=jail202 persist vnet
jail -c name=vnb-plan-jail203 host.hostname=jail203 persist vnet
jail -c name=vnb-plan-jail204 host.hostname=jail204 persist vnet
jail -c name=vnb-plan-jail205 host.hostname=jail205 persist vnet
jail -c name=vnb-plan-jail206 host.hostname=jail206 persist vnet
jail -c name=vnb-plan-jail207 host.hostname=jail207 persist vnet
jail -c name=vnb-plan-jail208 host.hostname=jail208 persist vnet
jail -c name=vnb-plan-jail209 host.hostname=jail209 persist vnet
jail -c name=vnb-plan-jail210 host.hostname=jail210 persist vnet
jail -c name=vnb-plan-jail211 host.hostname=jail211 persist vnet
jail -c name=vnb-plan-jail212 host.hostname=jail212 persist vnet
jail -c name=vnb-plan-jail213 host.hostname=jail213 persist vnet
jail -c name=vnb-plan-jail214 host.hostname=jail214 persist vnet
jail -c name=vnb-plan-jail215 host.hostname=jail215 persist vnet
jail -c name=vnb-plan-jail216 host.hostname=jail216 persist vnet
jail -c name=vnb-plan-jail217 host.hostname=jail217 persist vnet
jail -c name=vnb-plan-jail218 host.hostname=jail218 persist vnet
jail -c name=vnb-plan-jail219 host.hostname=jail219 persist vnet
jail -c name=vnb-plan-jail220 host.hostname=jail220 persist vnet
jail -c name=vnb-plan-jail221 host.hostname=jail221 persist vnet
jail -c name=vnb-plan-jail222 host.hostname=jail222 persist vnet
jail -c name=vnb-plan-jail223 host.hostname=jail223 persist vnet
jail -c name=vnb-plan-jail224 host.hostname=jail224 persist vnet
jail -c name=vnb-plan-jail225 host.hostname=jail225 persist vnet
jail -c name=vnb-plan-jail226 host.hostname=jail226 persist vnet
jail -c name=vnb-plan-jail227 host.hostname=jail227 persist vnet
jail -c name=vnb-plan-jail228 host.hostname=jail228 persist vnet
jail -c name=vnb-plan-jail229 host.hostname=jail229 persist vnet
jail -c name=vnb-plan-jail230 host.hostname=jail230 persist vnet
jail -c name=vnb-plan-jail231 host.hostname=jail231 persist vnet
jail -c name=vnb-plan-jail232 host.hostname=jail232 persist vnet
jail -c name=vnb-plan-jail233 host.hostname=jail233 persist vnet
jail -c name=vnb-plan-jail234 host.hostname=jail234 persist vnet
jail -c name=vnb-plan-jail235 host.hostname=jail235 persist vnet
jail -c name=vnb-plan-jail236 host.hostname=jail236 persist vnet
jail -c name=vnb-plan-jail237 host.hostname=jail237 persist vnet
jail -c name=vnb-plan-jail238 host.hostname=jail238 persist vnet
jail -c name=vnb-plan-jail239 host.hostname=jail239 persist vnet
jail -c name=vnb-plan-jail240 host.hostname=jail240 persist vnet
jail -c name=vnb-plan-jail241 host.hostname=jail241 persist vnet
jail -c name=vnb-plan-jail242 host.hostname=jail242 persist vnet
jail -c name=vnb-plan-jail243 host.hostname=jail243 persist vnet
jail -c name=vnb-plan-jail244 host.hostname=jail244 persist vnet
jail -c name=vnb-plan-jail245 host.hostname=jail245 persist vnet
jail -c name=vnb-plan-jail246 host.hostname=jail246 persist vnet
jail -c name=vnb-plan-jail247 host.hostname=jail247 persist vnet
jail -c name=vnb-plan-jail248 host.hostname=jail248 persist vnet
jail -c name=vnb-plan-jail249 host.hostname=jail249 persist vnet
jail -c name=vnb-plan-jail250 host.hostname=jail250 persist vnet
jail -c name=vnb-plan-jail251 host.hostname=jail251 persist vnet
jail -c name=vnb-plan-jail252 host.hostname=jail252 persist vnet
jail -c name=vnb-plan-jail253 host.hostname=jail253 persist vnet
jail -c name=vnb-plan-jail254 host.hostname=jail254 persist vnet
jail -c name=vnb-plan-jail255 host.hostname=jail255 persist vnet
jail -c name=vnb-plan-jail256 host.hostname=jail256 persist vnet
jail -c name=vnb-plan-jail257 host.hostname=jail257 persist vnet
jail -c name=vnb-plan-jail258 host.hostname=jail258 persist vnet
jail -c name=vnb-plan-jail259 host.hostname=jail259 persist vnet
jail -c name=vnb-plan-jail260 host.hostname=jail260 persist vnet
jail -c name=vnb-plan-jail261 host.hostname=jail261 persist vnet
jail -c name=vnb-plan-jail262 host.hostname=jail262 persist vnet
jail -c name=vnb-plan-jail263 host.hostname=jail263 persist vnet
jail -c name=vnb-plan-jail264 host.hostname=jail264 persist vnet
jail -c name=vnb-plan-jail265 host.hostname=jail265 persist vnet
jail -c name=vnb-plan-jail266 host.hostname=jail266 persist vnet
jail -c name=vnb-plan-jail267 host.hostname=jail267 persist vnet
jail -c name=vnb-plan-jail268 host.hostname=jail268 persist vnet
jail -c name=vnb-plan-jail269 host.hostname=jail269 persist vnet
jail -c name=vnb-plan-jail270 host.hostname=jail270 persist vnet
jail -c name=vnb-plan-jail271 host.hostname=jail271 persist vnet
jail -c name=vnb-plan-jail272 host.hostname=jail272 persist vnet
jail -c name=vnb-plan-jail273 host.hostname=jail273 persist vnet
jail -c name=vnb-plan-jail274 host.hostname=jail274 persist vnet
jail -c name=vnb-plan-jail275 host.hostname=jail275 persist vnet
jail -c name=vnb-plan-jail276 host.hostname=jail276 persist vnet
jail -c name=vnb-plan-jail277 host.hostname=jail277 persist vnet
jail -c name=vnb-plan-jail278 host.hostname=jail278 persist vnet
jail -c name=vnb-plan-jail279 host.hostname=jail279 persist vnet
jail -c name=vnb-plan-jail280 host.hostname=jail280 persist vnet
jail -c name=vnb-plan-jail281 host.hostname=jail281 persist vnet
jail -c name=vnb-plan-jail282 host.hostname=jail282 persist vnet
jail -c name=vnb-plan-jail283 host.hostname=jail283 persist vnet
jail -c name=vnb-plan-jail284 host.hostname=jail284 persist vnet
jail -c name=vnb-plan-jail285 host.hostname=jail285 persist vnet
jail -c name=vnb-plan-jail286 host.hostname=jail286 persist vnet
jail -c name=vnb-plan-jail287 host.hostname=jail287 persist vnet
jail -c name=vnb-plan-jail288 host.hostname=jail288 persist vnet
jail -c name=vnb-plan-jail289 host.hostname=jail289 persist vnet
jail -c name=vnb-plan-jail290 host.hostname=jail290 persist vnet
jail -c name=vnb-plan-jail291 host.hostname=jail291 persist vnet
jail -c name=vnb-plan-jail292 host.hostname=jail292 persist vnet
jail -c name=vnb-plan-jail293 host.hostname=jail293 persist vnet
jail -c name=vnb-plan-jail294 host.hostname=jail294 persist vnet
jail -c name=vnb-plan-jail295 host.hostname=jail295 persist vnet
jail -c name=vnb-plan-jail296 host.hostname=jail296 persist vnet
jail -c name=vnb-plan-jail297 host.hostname=jail297 persist vnet
jail -c name=vnb-plan-jail298 host.hostname=jail298 persist vnet
jail -c name=vnb-plan-jail299 host.hostname=jail299 persist vnet
jail -c name=vnb-plan-jail300 host.hostname=jail300 persist vnet
jail -c name=vnb-plan-jail301 host.hostname=jail301 persist vnet
jail -c name=vnb-plan-jail302 host.hostname=jail302 persist vnet
jail -c name=vnb-plan-jail303 host.hostname=jail303 persist vnet
jail -c name=vnb-plan-jail304 host.hostname=jail304 persist vnet
jail -c name=vnb-plan-jail305 host.hostname=jail305 persist vnet
jail -c name=vnb-plan-jail306 host.hostname=jail306 persist vnet
jail -c name=vnb-plan-jail307 host.hostname=jail307 persist vnet
jail -c name=vnb-plan-jail308 host.hostname=jail308 persist vnet
jail -c name=vnb-plan-jail309 host.hostname=jail309 persist vnet
jail -c name=vnb-plan-jail310 host.hostname=jail310 persist vnet
jail -c name=vnb-plan-jail311 host.hostname=jail311 persist vnet
jail -c name=vnb-plan-jail312 host.hostname=jail312 persist vnet
jail -c name=vnb-plan-jail313 host.hostname=jail313 persist vnet
jail -c name=vnb-plan-jail314 host.hostname=jail314 persist vnet
jail -c name=vnb-plan-jail315 host.hostname=jail315 persist vnet
jail -c name=vnb-plan-jail316 host.hostname=jail316 persist vnet
jail -c name=vnb-plan-jail317 host.hostname=jail317 persist vnet
jail -c name=vnb-plan-jail318 host.hostname=jail318 persist vnet
jail -c name=vnb-plan-jail319 host.hostname=jail319 persist vnet
jail -c name=vnb-plan-jail320 host.hostname=jail320 persist vnet
jail -c name=vnb-plan-jail321 host.hostname=jail321 persist vnet
jail -c name=vnb-plan-jail322 host.hostname=jail322 persist vnet
jail -c name=vnb-plan-jail323 host.hostname=jail323 persist vnet
jail -c name=vnb-plan-jail324 host.hostname=jail324 persist vnet
jail -c name=vnb-plan-jail325 host.hostname=jail325 persist vnet
jail -c name=vnb-plan-jail326 host.hostname=jail326 persist vnet
jail -c name=vnb-plan-jail327 host.hostname=jail327 persist vnet
jail -c name=vnb-plan-jail328 host.hostname=jail328 persist vnet
jail -c name=vnb-plan-jail329 host.hostname=jail329 persist vnet
jail -c name=vnb-plan-jail330 host.hostname=jail330 persist vnet
jail -c name=vnb-plan-jail331 host.hostname=jail331 persist vnet
jail -c name=vnb-plan-jail332 host.hostname=jail332 persist vnet
jail -c name=vnb-plan-jail333 host.hostname=jail333 persist vnet
jail -c name=vnb-plan-jail334 host.hostname=jail334 persist vnet
jail -c name=vnb-plan-jail335 host.hostname=jail335 persist vnet
jail -c name=vnb-plan-jail336 host.hostname=jail336 persist vnet
jail -c name=vnb-plan-jail337 host.hostname=jail337 persist vnet
jail -c name=vnb-plan-jail338 host.hostname=jail338 persist vnet
jail -c name=vnb-plan-jail339 host.hostname=jail339 persist vnet
jail -c name=vnb-plan-jail340 host.hostname=jail340 persist vnet
jail -c name=vnb-plan-jail341 host.hostname=jail341 persist vnet
jail -c name=vnb-plan-jail342 host.hostname=jail342 persist vnet
jail -c name=vnb-plan-jail343 host.hostname=jail343 persist vnet
jail -c name=vnb-plan-jail344 host.hostname=jail344 persist vnet
jail -c name=vnb-plan-jail345 host.hostname=jail345 persist vnet
jail -c name=vnb-plan-jail346 host.hostname=jail346 persist vnet
jail -c name=vnb-plan-jail347 host.hostname=jail347 persist vnet
jail -c name=vnb-plan-jail348 host.hostname=jail348 persist vnet
jail -c name=vnb-plan-jail349 host.hostname=jail349 persist vnet
jail -c name=vnb-plan-jail350 host.hostname=jail350 persist vnet
jail -c name=vnb-plan-jail351 host.hostname=jail351 persist vnet
jail -c name=vnb-plan-jail352 host.hostname=jail352 persist vnet
jail -c name=vnb-plan-jail353 host.hostname=jail353 persist vnet
jail -c name=vnb-plan-jail354 host.hostname=jail354 persist vnet
jail -c name=vnb-plan-jail355 host.hostname=jail355 persist vnet
jail -c name=vnb-plan-jail356 host.hostname=jail356 persist vnet
jail -c name=vnb-plan-jail357 host.hostname=jail357 persist vnet
jail -c name=vnb-plan-jail358 host.hostname=jail358 persist vnet
jail -c name=vnb-plan-jail359 host.hostname=jail359 persist vnet
jail -c name=vnb-plan-jail360 host.hostname=jail360 persist vnet
jail -c name=vnb-plan-jail361 host.hostname=jail361 persist vnet
jail -c name=vnb-plan-jail362 host.hostname=jail362 persist vnet
jail -c name=vnb-plan-jail363 host.hostname=jail363 persist vnet
jail -c name=vnb-plan-jail364 host.hostname=jail364 persist vnet
jail -c name=vnb-plan-jail365 host.hostname=jail365 persist vnet
jail -c name=vnb-plan-jail366 host.hostname=jail366 persist vnet
jail -c name=vnb-plan-jail367 host.hostname=jail367 persist vnet
jail -c name=vnb-plan-jail368 host.hostname=jail368 persist vnet
jail -c name=vnb-plan-jail369 host.hostname=jail369 persist vnet
jail -c name=vnb-plan-jail370 host.hostname=jail370 persist vnet
jail -c name=vnb-plan-jail371 host.hostname=jail371 persist vnet
jail -c name=vnb-plan-jail372 host.hostname=jail372 persist vnet
jail -c name=vnb-plan-jail373 host.hostname=jail373 persist vnet
jail -c name=vnb-plan-jail374 host.hostname=jail374 persist vnet
jail -c name=vnb-plan-jail375 host.hostname=jail375 persist vnet
jail -c name=vnb-plan-jail376 host.hostname=jail376 persist vnet
jail -c name=vnb-plan-jail377 host.hostname=jail377 persist vnet
jail -c name=vnb-plan-jail378 host.hostname=jail378 persist vnet
jail -c name=vnb-plan-jail379 host.hostname=jail379 persist vnet
jail -c name=vnb-plan-jail380 host.hostname=jail380 persist vnet
jail -c name=vnb-plan-jail381 host.hostname=jail381 persist vnet
jail -c name=vnb-plan-jail382 host.hostname=jail382 persist vnet
jail -c name=vnb-plan-jail383 host.hostname=jail383 persist vnet
jail -c name=vnb-plan-jail384 host.hostname=jail384 persist vnet
jail -c name=vnb-plan-jail385 host.hostname=jail385 persist vnet
jail -c name=vnb-plan-jail386 host.hostname=jail386 persist vnet
jail -c name=vnb-plan-jail387 host.hostname=jail387 persist vnet
jail -c name=vnb-plan-jail388 host.hostname=jail388 persist vnet
jail -c name=vnb-plan-jail389 host.hostname=jail389 persist vnet
jail -c name=vnb-plan-jail390 host.hostname=jail390 persist vnet
jail -c name=vnb-plan-jail391 host.hostname=jail391 persist vnet
jail -c name=vnb-plan-jail392 host.hostname=jail392 persist vnet
jail -c name=vnb-plan-jail393 host.hostname=jail393 persist vnet
jail -c name=vnb-plan-jail394 host.hostname=jail394 persist vnet
jail -c name=vnb-plan-jail395 host.hostname=jail395 persist vnet
jail -c name=vnb-plan-jail396 host.hostname=jail396 persist vnet
jail -c name=vnb-plan-jail397 host.hostname=jail397 persist vnet
jail -c name=vnb-plan-jail398 host.hostname=jail398 persist vnet
jail -c name=vnb-plan-jail399 host.hostname=jail399 persist vnet
jail -c name=vnb-plan-jail400 host.hostname=jail400 persist vnet
jail -c name=vnb-plan-jail401 host.hostname=jail401 persist vnet
jail -c name=vnb-plan-jail402 host.hostname=jail402 persist vnet
jail -c name=vnb-plan-jail403 host.hostname=jail403 persist vnet
jail -c name=vnb-plan-jail404 host.hostname=jail404 persist vnet
jail -c name=vnb-plan-jail405 host.hostname=jail405 persist vnet
jail -c name=vnb-plan-jail406 host.hostname=jail406 persist vnet
jail -c name=vnb-plan-jail407 host.hostname=jail407 persist vnet
jail -c name=vnb-plan-jail408 host.hostname=jail408 persist vnet
jail -c name=vnb-plan-jail409 host.hostname=jail409 persist vnet
jail -c name=vnb-plan-jail410 host.hostname=jail410 persist vnet
jail -c name=vnb-plan-jail411 host.hostname=jail411 persist vnet
jail -c name=vnb-plan-jail412 host.hostname=jail412 persist vnet
jail -c name=vnb-plan-jail413 host.hostname=jail413 persist vnet
jail -c name=vnb-plan-jail414 host.hostname=jail414 persist vnet
jail -c name=vnb-plan-jail415 host.hostname=jail415 persist vnet
jail -c name=vnb-plan-jail416 host.hostname=jail416 persist vnet
jail -c name=vnb-plan-jail417 host.hostname=jail417 persist vnet
jail -c name=vnb-plan-jail418 host.hostname=jail418 persist vnet
jail -c name=vnb-plan-jail419 host.hostname=jail419 persist vnet
jail -c name=vnb-plan-jail420 host.hostname=jail420 persist vnet
jail -c name=vnb-plan-jail421 host.hostname=jail421 persist vnet
jail -c name=vnb-plan-jail422 host.hostname=jail422 persist vnet
jail -c name=vnb-plan-jail423 host.hostname=jail423 persist vnet
jail -c name=vnb-plan-jail424 host.hostname=jail424 persist vnet
jail -c name=vnb-plan-jail425 host.hostname=jail425 persist vnet
jail -c name=vnb-plan-jail426 host.hostname=jail426 persist vnet
jail -c name=vnb-plan-jail427 host.hostname=jail427 persist vnet
jail -c name=vnb-plan-jail428 host.hostname=jail428 persist vnet
jail -c name=vnb-plan-jail429 host.hostname=jail429 persist vnet
jail -c name=vnb-plan-jail430 host.hostname=jail430 persist vnet
jail -c name=vnb-plan-jail431 host.hostname=jail431 persist vnet
jail -c name=vnb-plan-jail432 host.hostname=jail432 persist vnet
jail -c name=vnb-plan-jail433 host.hostname=jail433 persist vnet
jail -c name=vnb-plan-jail434 host.hostname=jail434 persist vnet
jail -c name=vnb-plan-jail435 host.hostname=jail435 persist vnet
jail -c name=vnb-plan-jail436 host.hostname=jail436 persist vnet
jail -c name=vnb-plan-jail437 host.hostname=jail437 persist vnet
jail -c name=vnb-plan-jail438 host.hostname=jail438 persist vnet
jail -c name=vnb-plan-jail439 host.hostname=jail439 persist vnet
jail -c name=vnb-plan-jail440 host.hostname=jail440 persist vnet
jail -c name=vnb-plan-jail441 host.hostname=jail441 persist vnet
jail -c name=vnb-plan-jail442 host.hostname=jail442 persist vnet
jail -c name=vnb-plan-jail443 host.hostname=jail443 persist vnet
jail -c name=vnb-plan-jail444 host.hostname=jail444 persist vnet
jail -c name=vnb-plan-jail445 host.hostname=jail445 persist vnet
jail -c name=vnb-plan-jail446 host.hostname=jail446 persist vnet
jail -c name=vnb-plan-jail447 host.hostname=jail447 persist vnet
jail -c name=vnb-plan-jail448 host.hostname=jail448 persist vnet
jail -c name=vnb-plan-jail449 host.hostname=jail449 persist vnet
jail -c name=vnb-plan-jail450 host.hostname=jail450 persist vnet
jail -c name=vnb-plan-jail451 host.hostname=jail451 persist vnet
jail -c name=vnb-plan-jail452 host.hostname=jail452 persist vnet
jail -c name=vnb-plan-jail453 host.hostname=jail453 persist vnet
jail -c name=vnb-plan-jail454 host.hostname=jail454 persist vnet
jail -c name=vnb-plan-jail455 host.hostname=jail455 persist vnet
jail -c name=vnb-plan-jail456 host.hostname=jail456 persist vnet
jail -c name=vnb-plan-jail457 host.hostname=jail457 persist vnet
jail -c name=vnb-plan-jail458 host.hostname=jail458 persist vnet
jail -c name=vnb-plan-jail459 host.hostname=jail459 persist vnet
jail -c name=vnb-plan-jail460 host.hostname=jail460 persist vnet
jail -c name=vnb-plan-jail461 host.hostname=jail461 persist vnet
jail -c name=vnb-plan-jail462 host.hostname=jail462 persist vnet
jail -c name=vnb-plan-jail463 host.hostname=jail463 persist vnet
jail -c name=vnb-plan-jail464 host.hostname=jail464 persist vnet
jail -c name=vnb-plan-jail465 host.hostname=jail465 persist vnet
jail -c name=vnb-plan-jail466 host.hostname=jail466 persist vnet
jail -c name=vnb-plan-jail467 host.hostname=jail467 persist vnet
jail -c name=vnb-plan-jail468 host.hostname=jail468 persist vnet
jail -c name=vnb-plan-jail469 host.hostname=jail469 persist vnet
jail -c name=vnb-plan-jail470 host.hostname=jail470 persist vnet
jail -c name=vnb-plan-jail471 host.hostname=jail471 persist vnet
jail -c name=vnb-plan-jail472 host.hostname=jail472 persist vnet
jail -c name=vnb-plan-jail473 host.hostname=jail473 persist vnet
jail -c name=vnb-plan-jail474 host.hostname=jail474 persist vnet
jail -c name=vnb-plan-jail475 host.hostname=jail475 persist vnet
jail -c name=vnb-plan-jail476 host.hostname=jail476 persist vnet
jail -c name=vnb-plan-jail477 host.hostname=jail477 persist vnet
jail -c name=vnb-plan-jail478 host.hostname=jail478 persist vnet
jail -c name=vnb-plan-jail479 host.hostname=jail479 persist vnet
jail -c name=vnb-plan-jail480 host.hostname=jail480 persist vnet

# --- segments (1 step; vnetbench runs a phase's steps concurrently) ---
ifconfig bridge create name vnetdemobridge mtu 9000 up

# --- links (480 steps; vnetbench runs a phase's steps concurrently) ---
ifconfig epair1 create mtu 9000 up
ifconfig vnetdemobridge addm epair1a edge epair1a
ifconfig epair1b vnet vnb-plan-jail1
ifconfig epair2 create mtu 9000 up
ifconfig vnetdemobridge addm epair2a edge epair2a
ifconfig epair2b vnet vnb-plan-jail2
ifconfig epair3 create mtu 9000 up
ifconfig vnetdemobridge addm epair3a edge epair3a
ifconfig epair3b vnet vnb-plan-jail3
ifconfig epair4 create mtu 9000 up
ifconfig vnetdemobridge addm epair4a edge epair4a
ifconfig epair4b vnet vnb-plan-jail4
ifconfig epair5 create mtu 9000 up
ifconfig vnetdemobridge addm epair5a edge epair5a
ifconfig epair5b vnet vnb-plan-jail5
ifconfig epair6 create mtu 9000 up
ifconfig vnetdemobridge addm epair6a edge epair6a
ifconfig epair6b vnet vnb-plan-jail6
ifconfig epair7 create mtu 9000 up
ifconfig vnetdemobridge addm epair7a edge epair7a
ifconfig epair7b vnet vnb-plan-jail7
ifconfig epair8 create mtu 9000 up
ifconfig vnetdemobridge addm epair8a edge epair8a
ifconfig epair8b vnet vnb-plan-jail8
ifconfig epair9 create mtu 9000 up
ifconfig vnetdemobridge addm epair9a edge epair9a
ifconfig epair9b vnet vnb-plan-jail9
ifconfig epair10 create mtu 9000 up
ifconfig vnetdemobridge addm epair10a edge epair10a
ifconfig epair10b vnet vnb-plan-jail10
ifconfig epair11 create mtu 9000 up
ifconfig vnetdemobridge addm epair11a edge epair11a
ifconfig epair11b vnet vnb-plan-jail11
ifconfig epair12 create mtu 9000 up
ifconfig vnetdemobridge addm epair12a edge epair12a
ifconfig epair12b vnet vnb-plan-jail12
ifconfig epair13 create mtu 9000 up
ifconfig vnetdemobridge addm epair13a edge epair13a
ifconfig epair13b vnet vnb-plan-jail13
ifconfig epair14 create mtu 9000 up
ifconfig vnetdemobridge addm epair14a edge epair14a
ifconfig epair14b vnet vnb-plan-jail14
ifconfig epair15 create mtu 9000 up
ifconfig vnetdemobridge addm epair15a edge epair15a
ifconfig epair15b vnet vnb-plan-jail15
ifconfig epair16 create mtu 9000 up
ifconfig vnetdemobridge addm epair16a edge epair16a
ifconfig epair16b vnet vnb-plan-jail16
ifconfig epair17 create mtu 9000 up
ifconfig vnetdemobridge addm epair17a edge epair17a
ifconfig epair17b vnet vnb-plan-jail17
ifconfig epair18 create mtu 9000 up
ifconfig vnetdemobridge addm epair18a edge epair18a
ifconfig epair18b vnet vnb-plan-jail18
ifconfig epair19 create mtu 9000 up
ifconfig vnetdemobridge addm epair19a edge epair19a
ifconfig epair19b vnet vnb-plan-jail19
ifconfig epair20 create mtu 9000 up
ifconfig vnetdemobridge addm epair20a edge epair20a
ifconfig epair20b vnet vnb-plan-jail20
ifconfig epair21 create mtu 9000 up
ifconfig vnetdemobridge addm epair21a edge epair21a
ifconfig epair21b vnet vnb-plan-jail21
ifconfig epair22 create mtu 9000 up
ifconfig vnetdemobridge addm epair22a edge epair22a
ifconfig epair22b vnet vnb-plan-jail22
ifconfig epair23 create mtu 9000 up
ifconfig vnetdemobridge addm epair23a edge epair23a
ifconfig epair23b vnet vnb-plan-jail23
ifconfig epair24 create mtu 9000 up
ifconfig vnetdemobridge addm epair24a edge epair24a
ifconfig epair24b vnet vnb-plan-jail24
ifconfig epair25 create mtu 9000 up
ifconfig vnetdemobridge addm epair25a edge epair25a
ifconfig epair25b vnet vnb-plan-jail25
ifconfig epair26 create mtu 9000 up
ifconfig vnetdemobridge addm epair26a edge epair26a
ifconfig epair26b vnet vnb-plan-jail26
ifconfig epair27 create mtu 9000 up
ifconfig vnetdemobridge addm epair27a edge epair27a
ifconfig epair27b vnet vnb-plan-jail27
ifconfig epair28 create mtu 9000 up
ifconfig vnetdemobridge addm epair28a edge epair28a
ifconfig epair28b vnet vnb-plan-jail28
ifconfig epair29 create mtu 9000 up
ifconfig vnetdemobridge addm epair29a edge epair29a
ifconfig epair29b vnet vnb-plan-jail29
ifconfig epair30 create mtu 9000 up
ifconfig vnetdemobridge addm epair30a edge epair30a
ifconfig epair30b vnet vnb-plan-jail30
ifconfig epair31 create mtu 9000 up
ifconfig vnetdemobridge addm epair31a edge epair31a
ifconfig epair31b vnet vnb-plan-jail31
ifconfig epair32 create mtu 9000 up
ifconfig vnetdemobridge addm epair32a edge epair32a
ifconfig epair32b vnet vnb-plan-jail32
ifconfig epair33 create mtu 9000 up
ifconfig vnetdemobridge addm epair33a edge epair33a
ifconfig epair33b vnet vnb-plan-jail33
ifconfig epair34 create mtu 9000 up
ifconfig vnetdemobridge addm epair34a edge epair34a
ifconfig epair34b vnet vnb-plan-jail34
ifconfig epair35 create mtu 9000 up
ifconfig vnetdemobridge addm epair35a edge epair35a
ifconfig epair35b vnet vnb-plan-jail35
ifconfig epair36 create mtu 9000 up
ifconfig vnetdemobridge addm epair36a edge epair36a
ifconfig epair36b vnet vnb-plan-jail36
ifconfig epair37 create mtu 9000 up
ifconfig vnetdemobridge addm epair37a edge epair37a
ifconfig epair37b vnet vnb-plan-jail37
ifconfig epair38 create mtu 9000 up
ifconfig vnetdemobridge addm epair38a edge epair38a
ifconfig epair38b vnet vnb-plan-jail38
ifconfig epair39 create mtu 9000 up
ifconfig vnetdemobridge addm epair39a edge epair39a
ifconfig epair39b vnet vnb-plan-jail39
ifconfig epair40 create mtu 9000 up
ifconfig vnetdemobridge addm epair40a edge epair40a
ifconfig epair40b vnet vnb-plan-jail40
ifconfig epair41 create mtu 9000 up
ifconfig vnetdemobridge addm epair41a edge epair41a
ifconfig epair41b vnet vnb-plan-jail41
ifconfig epair42 create mtu 9000 up
ifconfig vnetdemobridge addm epair42a edge epair42a
ifconfig epair42b vnet vnb-plan-jail42
ifconfig epair43 create mtu 9000 up
ifconfig vnetdemobridge addm epair43a edge epair43a
ifconfig epair43b vnet vnb-plan-jail43
ifconfig epair44 create mtu 9000 up
ifconfig vnetdemobridge addm epair44a edge epair44a
ifconfig epair44b vnet vnb-plan-jail44
ifconfig epair45 create mtu 9000 up
ifconfig vnetdemobridge addm epair45a edge epair45a
ifconfig epair45b vnet vnb-plan-jail45
ifconfig epair46 create mtu 9000 up
ifconfig vnetdemobridge addm epair46a edge epair46a
ifconfig epair46b vnet vnb-plan-jail46
ifconfig epair47 create mtu 9000 up
ifconfig vnetdemobridge addm epair47a edge epair47a
ifconfig epair47b vnet vnb-plan-jail47
ifconfig epair48 create mtu 9000 up
ifconfig vnetdemobridge addm epair48a edge epair48a
ifconfig epair48b vnet vnb-plan-jail48
ifconfig epair49 create mtu 9000 up
ifconfig vnetdemobridge addm epair49a edge epair49a
ifconfig epair49b vnet vnb-plan-jail49
ifconfig epair50 create mtu 9000 up
ifconfig vnetdemobridge addm epair50a edge epair50a
ifconfig epair50b vnet vnb-plan-jail50
ifconfig epair51 create mtu 9000 up
ifconfig vnetdemobridge addm epair51a edge epair51a
ifconfig epair51b vnet vnb-plan-jail51
ifconfig epair52 create mtu 9000 up
ifconfig vnetdemobridge addm epair52a edge epair52a
ifconfig epair52b vnet vnb-plan-jail52
ifconfig epair53 create mtu 9000 up
ifconfig vnetdemobridge addm epair53a edge epair53a
ifconfig epair53b vnet vnb-plan-jail53
ifconfig epair54 create mtu 9000 up
ifconfig vnetdemobridge addm epair54a edge epair54a
ifconfig epair54b vnet vnb-plan-jail54
ifconfig epair55 create mtu 9000 up
ifconfig vnetdemobridge addm epair55a edge epair55a
ifconfig epair55b vnet vnb-plan-jail55
ifconfig epair56 create mtu 9000 up
ifconfig vnetdemobridge addm epair56a edge epair56a
ifconfig epair56b vnet vnb-plan-jail56
ifconfig epair57 create mtu 9000 up
ifconfig vnetdemobridge addm epair57a edge epair57a
ifconfig epair57b vnet vnb-plan-jail57
ifconfig epair58 create mtu 9000 up
ifconfig vnetdemobridge addm epair58a edge epair58a
ifconfig epair58b vnet vnb-plan-jail58
ifconfig epair59 create mtu 9000 up
ifconfig vnetdemobridge addm epair59a edge epair59a
ifconfig epair59b vnet vnb-plan-jail59
ifconfig epair60 create mtu 9000 up
ifconfig vnetdemobridge addm epair60a edge epair60a
ifconfig epair60b vnet vnb-plan-jail60
ifconfig epair61 create mtu 9000 up
ifconfig vnetdemobridge addm epair61a edge epair61a
ifconfig epair61b vnet vnb-plan-jail61
ifconfig epair62 create mtu 9000 up
ifconfig vnetdemobridge addm epair62a edge epair62a
ifconfig epair62b vnet vnb-plan-jail62
ifconfig epair63 create mtu 9000 up
ifconfig vnetdemobridge addm epair63a edge epair63a
ifconfig epair63b vnet vnb-plan-jail63
ifconfig epair64 create mtu 9000 up
ifconfig vnetdemobridge addm epair64a edge epair64a
ifconfig epair64b vnet vnb-plan-jail64
ifconfig epair65 create mtu 9000 up
ifconfig vnetdemobridge addm epair65a edge epair65a
ifconfig epair65b vnet vnb-plan-jail65
ifconfig epair66 create mtu 9000 up
ifconfig vnetdemobridge addm epair66a edge epair66a
ifconfig epair66b vnet vnb-plan-jail66
ifconfig epair67 create mtu 9000 up
ifconfig vnetdemobridge addm epair67a edge epair67a
ifconfig epair67b vnet vnb-plan-jail67
ifconfig epair68 create mtu 9000 up
ifconfig vnetdemobridge addm epair68a edge epair68a
ifconfig epair68b vnet vnb-plan-jail68
ifconfig epair69 create mtu 9000 up
ifconfig vnetdemobridge addm epair69a edge epair69a
ifconfig epair69b vnet vnb-plan-jail69
ifconfig epair70 create mtu 9000 up
ifconfig vnetdemobridge addm epair70a edge epair70a
ifconfig epair70b vnet vnb-plan-jail70
ifconfig epair71 create mtu 9000 up
ifconfig vnetdemobridge addm epair71a edge epair71a
ifconfig epair71b vnet vnb-plan-jail71
ifconfig epair72 create mtu 9000 up
ifconfig vnetdemobridge addm epair72a edge epair72a
ifconfig epair72b vnet vnb-plan-jail72
ifconfig epair73 create mtu 9000 up
ifconfig vnetdemobridge addm epair73a edge epair73a
ifconfig epair73b vnet vnb-plan-jail73
ifconfig epair74 create mtu 9000 up
ifconfig vnetdemobridge addm epair74a edge epair74a
ifconfig epair74b vnet vnb-plan-jail74
ifconfig epair75 create mtu 9000 up
ifconfig vnetdemobridge addm epair75a edge epair75a
ifconfig epair75b vnet vnb-plan-jail75
ifconfig epair76 create mtu 9000 up
ifconfig vnetdemobridge addm epair76a edge epair76a
ifconfig epair76b vnet vnb-plan-jail76
ifconfig epair77 create mtu 9000 up
ifconfig vnetdemobridge addm epair77a edge epair77a
ifconfig epair77b vnet vnb-plan-jail77
ifconfig epair78 create mtu 9000 up
ifconfig vnetdemobridge addm epair78a edge epair78a
ifconfig epair78b vnet vnb-plan-jail78
ifconfig epair79 create mtu 9000 up
ifconfig vnetdemobridge addm epair79a edge epair79a
ifconfig epair79b vnet vnb-plan-jail79
ifconfig epair80 create mtu 9000 up
ifconfig vnetdemobridge addm epair80a edge epair80a
ifconfig epair80b vnet vnb-plan-jail80
ifconfig epair81 create mtu 9000 up
ifconfig vnetdemobridge addm epair81a edge epair81a
ifconfig epair81b vnet vnb-plan-jail81
ifconfig epair82 create mtu 9000 up
ifconfig vnetdemobridge addm epair82a edge epair82a
ifconfig epair82b vnet vnb-plan-jail82
ifconfig epair83 create mtu 9000 up
ifconfig vnetdemobridge addm epair83a edge epair83a
ifconfig epair83b vnet vnb-plan-jail83
ifconfig epair84 create mtu 9000 up
ifconfig vnetdemobridge addm epair84a edge epair84a
ifconfig epair84b vnet vnb-plan-jail84
ifconfig epair85 create mtu 9000 up
ifconfig vnetdemobridge addm epair85a edge epair85a
ifconfig epair85b vnet vnb-plan-jail85
ifconfig epair86 create mtu 9000 up
ifconfig vnetdemobridge addm epair86a edge epair86a
ifconfig epair86b vnet vnb-plan-jail86
ifconfig epair87 create mtu 9000 up
ifconfig vnetdemobridge addm epair87a edge epair87a
ifconfig epair87b vnet vnb-plan-jail87
ifconfig epair88 create mtu 9000 up
ifconfig vnetdemobridge addm epair88a edge epair88a
ifconfig epair88b vnet vnb-plan-jail88
ifconfig epair89 create mtu 9000 up
ifconfig vnetdemobridge addm epair89a edge epair89a
ifconfig epair89b vnet vnb-plan-jail89
ifconfig epair90 create mtu 9000 up
ifconfig vnetdemobridge addm epair90a edge epair90a
ifconfig epair90b vnet vnb-plan-jail90
ifconfig epair91 create mtu 9000 up
ifconfig vnetdemobridge addm epair91a edge epair91a
ifconfig epair91b vnet vnb-plan-jail91
ifconfig epair92 create mtu 9000 up
ifconfig vnetdemobridge addm epair92a edge epair92a
ifconfig epair92b vnet vnb-plan-jail92
ifconfig epair93 create mtu 9000 up
ifconfig vnetdemobridge addm epair93a edge epair93a
ifconfig epair93b vnet vnb-plan-jail93
ifconfig epair94 create mtu 9000 up
ifconfig vnetdemobridge addm epair94a edge epair94a
ifconfig epair94b vnet vnb-plan-jail94
ifconfig epair95 create mtu 9000 up
ifconfig vnetdemobridge addm epair95a edge epair95a
ifconfig epair95b vnet vnb-plan-jail95
ifconfig epair96 create mtu 9000 up
ifconfig vnetdemobridge addm epair96a edge epair96a
ifconfig epair96b vnet vnb-plan-jail96
ifconfig epair97 create mtu 9000 up
ifconfig vnetdemobridge addm epair97a edge epair97a
ifconfig epair97b vnet vnb-plan-jail97
ifconfig epair98 create mtu 9000 up
ifconfig vnetdemobridge addm epair98a edge epair98a
ifconfig epair98b vnet vnb-plan-jail98
ifconfig epair99 create mtu 9000 up
ifconfig vnetdemobridge addm epair99a edge epair99a
ifconfig epair99b vnet vnb-plan-jail99
ifconfig epair100 create mtu 9000 up
ifconfig vnetdemobridge addm epair100a edge epair100a
ifconfig epair100b vnet vnb-plan-jail100
ifconfig epair101 create mtu 9000 up
ifconfig vnetdemobridge addm epair101a edge epair101a
ifconfig epair101b vnet vnb-plan-jail101
ifconfig epair102 create mtu 9000 up
ifconfig vnetdemobridge addm epair102a edge epair102a
ifconfig epair102b vnet vnb-plan-jail102
ifconfig epair103 create mtu 9000 up
ifconfig vnetdemobridge addm epair103a edge epair103a
ifconfig epair103b vnet vnb-plan-jail103
ifconfig epair104 create mtu 9000 up
ifconfig vnetdemobridge addm epair104a edge epair104a
ifconfig epair104b vnet vnb-plan-jail104
ifconfig epair105 create mtu 9000 up
ifconfig vnetdemobridge addm epair105a edge epair105a
ifconfig epair105b vnet vnb-plan-jail105
ifconfig epair106 create mtu 9000 up
ifconfig vnetdemobridge addm epair106a edge epair106a
ifconfig epair106b vnet vnb-plan-jail106
ifconfig epair107 create mtu 9000 up
ifconfig vnetdemobridge addm epair107a edge epair107a
ifconfig epair107b vnet vnb-plan-jail107
ifconfig epair108 create mtu 9000 up
ifconfig vnetdemobridge addm epair108a edge epair108a
ifconfig epair108b vnet vnb-plan-jail108
ifconfig epair109 create mtu 9000 up
ifconfig vnetdemobridge addm epair109a edge epair109a
ifconfig epair109b vnet vnb-plan-jail109
ifconfig epair110 create mtu 9000 up
ifconfig vnetdemobridge addm epair110a edge epair110a
ifconfig epair110b vnet vnb-plan-jail110
ifconfig epair111 create mtu 9000 up
ifconfig vnetdemobridge addm epair111a edge epair111a
ifconfig epair111b vnet vnb-plan-jail111
ifconfig epair112 create mtu 9000 up
ifconfig vnetdemobridge addm epair112a edge epair112a
ifconfig epair112b vnet vnb-plan-jail112
ifconfig epair113 create mtu 9000 up
ifconfig vnetdemobridge addm epair113a edge epair113a
ifconfig epair113b vnet vnb-plan-jail113
ifconfig epair114 create mtu 9000 up
ifconfig vnetdemobridge addm epair114a edge epair114a
ifconfig epair114b vnet vnb-plan-jail114
ifconfig epair115 create mtu 9000 up
ifconfig vnetdemobridge addm epair115a edge epair115a
ifconfig epair115b vnet vnb-plan-jail115
ifconfig epair116 create mtu 9000 up
ifconfig vnetdemobridge addm epair116a edge epair116a
ifconfig epair116b vnet vnb-plan-jail116
ifconfig epair117 create mtu 9000 up
ifconfig vnetdemobridge addm epair117a edge epair117a
ifconfig epair117b vnet vnb-plan-jail117
ifconfig epair118 create mtu 9000 up
ifconfig vnetdemobridge addm epair118a edge epair118a
ifconfig epair118b vnet vnb-plan-jail118
ifconfig epair119 create mtu 9000 up
ifconfig vnetdemobridge addm epair119a edge epair119a
ifconfig epair119b vnet vnb-plan-jail119
ifconfig epair120 create mtu 9000 up
ifconfig vnetdemobridge addm epair120a edge epair120a
ifconfig epair120b vnet vnb-plan-jail120
ifconfig epair121 create mtu 9000 up
ifconfig vnetdemobridge addm epair121a edge epair121a
ifconfig epair121b vnet vnb-plan-jail121
ifconfig epair122 create mtu 9000 up
ifconfig vnetdemobridge addm epair122a edge epair122a
ifconfig epair122b vnet vnb-plan-jail122
ifconfig epair123 create mtu 9000 up
ifconfig vnetdemobridge addm epair123a edge epair123a
ifconfig epair123b vnet vnb-plan-jail123
ifconfig epair124 create mtu 9000 up
ifconfig vnetdemobridge addm epair124a edge epair124a
ifconfig epair124b vnet vnb-plan-jail124
ifconfig epair125 create mtu 9000 up
ifconfig vnetdemobridge addm epair125a edge epair125a
ifconfig epair125b vnet vnb-plan-jail125
ifconfig epair126 create mtu 9000 up
ifconfig vnetdemobridge addm epair126a edge epair126a
ifconfig epair126b vnet vnb-plan-jail126
ifconfig epair127 create mtu 9000 up
ifconfig vnetdemobridge addm epair127a edge epair127a
ifconfig epair127b vnet vnb-plan-jail127
ifconfig epair128 create mtu 9000 up
ifconfig vnetdemobridge addm epair128a edge epair128a
ifconfig epair128b vnet vnb-plan-jail128
ifconfig epair129 create mtu 9000 up
ifconfig vnetdemobridge addm epair129a edge epair129a
ifconfig epair129b vnet vnb-plan-jail129
ifconfig epair130 create mtu 9000 up
ifconfig vnetdemobridge addm epair130a edge epair130a
ifconfig epair130b vnet vnb-plan-jail130
ifconfig epair131 create mtu 9000 up
ifconfig vnetdemobridge addm epair131a edge epair131a
ifconfig epair131b vnet vnb-plan-jail131
ifconfig epair132 create mtu 9000 up
ifconfig vnetdemobridge addm epair132a edge epair132a
ifconfig epair132b vnet vnb-plan-jail132
ifconfig epair133 create mtu 9000 up
ifconfig vnetdemobridge addm epair133a edge epair133a
ifconfig epair133b vnet vnb-plan-jail133
ifconfig epair134 create mtu 9000 up
ifconfig vnetdemobridge addm epair134a edge epair134a
ifconfig epair134b vnet vnb-plan-jail134
ifconfig epair135 create mtu 9000 up
ifconfig vnetdemobridge addm epair135a edge epair135a
ifconfig epair135b vnet vnb-plan-jail135
ifconfig epair136 create mtu 9000 up
ifconfig vnetdemobridge addm epair136a edge epair136a
ifconfig epair136b vnet vnb-plan-jail136
ifconfig epair137 create mtu 9000 up
ifconfig vnetdemobridge addm epair137a edge epair137a
ifconfig epair137b vnet vnb-plan-jail137
ifconfig epair138 create mtu 9000 up
ifconfig vnetdemobridge addm epair138a edge epair138a
ifconfig epair138b vnet vnb-plan-jail138
ifconfig epair139 create mtu 9000 up
ifconfig vnetdemobridge addm epair139a edge epair139a
ifconfig epair139b vnet vnb-plan-jail139
ifconfig epair140 create mtu 9000 up
ifconfig vnetdemobridge addm epair140a edge epair140a
ifconfig epair140b vnet vnb-plan-jail140
ifconfig epair141 create mtu 9000 up
ifconfig vnetdemobridge addm epair141a edge epair141a
ifconfig epair141b vnet vnb-plan-jail141
ifconfig epair142 create mtu 9000 up
ifconfig vnetdemobridge addm epair142a edge epair142a
ifconfig epair142b vnet vnb-plan-jail142
ifconfig epair143 create mtu 9000 up
ifconfig vnetdemobridge addm epair143a edge epair143a
ifconfig epair143b vnet vnb-plan-jail143
ifconfig epair144 create mtu 9000 up
ifconfig vnetdemobridge addm epair144a edge epair144a
ifconfig epair144b vnet vnb-plan-jail144
ifconfig epair145 create mtu 9000 up
ifconfig vnetdemobridge addm epair145a edge epair145a
ifconfig epair145b vnet vnb-plan-jail145
ifconfig epair146 create mtu 9000 up
ifconfig vnetdemobridge addm epair146a edge epair146a
ifconfig epair146b vnet vnb-plan-jail146
ifconfig epair147 create mtu 9000 up
ifconfig vnetdemobridge addm epair147a edge epair147a
ifconfig epair147b vnet vnb-plan-jail147
ifconfig epair148 create mtu 9000 up
ifconfig vnetdemobridge addm epair148a edge epair148a
ifconfig epair148b vnet vnb-plan-jail148
ifconfig epair149 create mtu 9000 up
ifconfig vnetdemobridge addm epair149a edge epair149a
ifconfig epair149b vnet vnb-plan-jail149
ifconfig epair150 create mtu 9000 up
ifconfig vnetdemobridge addm epair150a edge epair150a
ifconfig epair150b vnet vnb-plan-jail150
ifconfig epair151 create mtu 9000 up
ifconfig vnetdemobridge addm epair151a edge epair151a
ifconfig epair151b vnet vnb-plan-jail151
ifconfig epair152 create mtu 9000 up
ifconfig vnetdemobridge addm epair152a edge epair152a
ifconfig epair152b vnet vnb-plan-jail152
ifconfig epair153 create mtu 9000 up
ifconfig vnetdemobridge addm epair153a edge epair153a
ifconfig epair153b vnet vnb-plan-jail153
ifconfig epair154 create mtu 9000 up
ifconfig vnetdemobridge addm epair154a edge epair154a
ifconfig epair154b vnet vnb-plan-jail154
ifconfig epair155 create mtu 9000 up
ifconfig vnetdemobridge addm epair155a edge epair155a
ifconfig epair155b vnet vnb-plan-jail155
ifconfig epair156 create mtu 9000 up
ifconfig vnetdemobridge addm epair156a edge epair156a
ifconfig epair156b vnet vnb-plan-jail156
ifconfig epair157 create mtu 9000 up
ifconfig vnetdemobridge addm epair157a edge epair157a
ifconfig epair157b vnet vnb-plan-jail157
ifconfig epair158 create mtu 9000 up
ifconfig vnetdemobridge addm epair158a edge epair158a
ifconfig epair158b vnet vnb-plan-jail158
ifconfig epair159 create mtu 9000 up
ifconfig vnetdemobridge addm epair159a edge epair159a
ifconfig epair159b vnet vnb-plan-jail159
ifconfig epair160 create mtu 9000 up
ifconfig vnetdemobridge addm epair160a edge epair160a
ifconfig epair160b vnet vnb-plan-jail160
ifconfig epair161 create mtu 9000 up
ifconfig vnetdemobridge addm epair161a edge epair161a
ifconfig epair161b vnet vnb-plan-jail161
ifconfig epair162 create mtu 9000 up
ifconfig vnetdemobridge addm epair162a edge epair162a
ifconfig epair162b vnet vnb-plan-jail162
ifconfig epair163 create mtu 9000 up
ifconfig vnetdemobridge addm epair163a edge epair163a
ifconfig epair163b vnet vnb-plan-jail163
ifconfig epair164 create mtu 9000 up
ifconfig vnetdemobridge addm epair164a edge epair164a
ifconfig epair164b vnet vnb-plan-jail164
ifconfig epair165 create mtu 9000 up
ifconfig vnetdemobridge addm epair165a edge epair165a
ifconfig epair165b vnet vnb-plan-jail165
ifconfig epair166 create mtu 9000 up
ifconfig vnetdemobridge addm epair166a edge epair166a
ifconfig epair166b vnet vnb-plan-jail166
ifconfig epair167 create mtu 9000 up
ifconfig vnetdemobridge addm epair167a edge epair167a
ifconfig epair167b vnet vnb-plan-jail167
ifconfig epair168 create mtu 9000 up
ifconfig vnetdemobridge addm epair168a edge epair168a
ifconfig epair168b vnet vnb-plan-jail168
ifconfig epair169 create mtu 9000 up
ifconfig vnetdemobridge addm epair169a edge epair169a
ifconfig epair169b vnet vnb-plan-jail169
ifconfig epair170 create mtu 9000 up
ifconfig vnetdemobridge addm epair170a edge epair170a
ifconfig epair170b vnet vnb-plan-jail170
ifconfig epair171 create mtu 9000 up
ifconfig vnetdemobridge addm epair171a edge epair171a
ifconfig epair171b vnet vnb-plan-jail171
ifconfig epair172 create mtu 9000 up
ifconfig vnetdemobridge addm epair172a edge epair172a
ifconfig epair172b vnet vnb-plan-jail172
ifconfig epair173 create mtu 9000 up
ifconfig vnetdemobridge addm epair173a edge epair173a
ifconfig epair173b vnet vnb-plan-jail173
ifconfig epair174 create mtu 9000 up
ifconfig vnetdemobridge addm epair174a edge epair174a
ifconfig epair174b vnet vnb-plan-jail174
ifconfig epair175 create mtu 9000 up
ifconfig vnetdemobridge addm epair175a edge epair175a
ifconfig epair175b vnet vnb-plan-jail175
ifconfig epair176 create mtu 9000 up
ifconfig vnetdemobridge addm epair176a edge epair176a
ifconfig epair176b vnet vnb-plan-jail176
ifconfig epair177 create mtu 9000 up
ifconfig vnetdemobridge addm epair177a edge epair177a
ifconfig epair177b vnet vnb-plan-jail177
ifconfig epair178 create mtu 9000 up
ifconfig vnetdemobridge addm epair178a edge epair178a
ifconfig epair178b vnet vnb-plan-jail178
ifconfig epair179 create mtu 9000 up
ifconfig vnetdemobridge addm epair179a edge epair179a
ifconfig epair179b vnet vnb-plan-jail179
ifconfig epair180 create mtu 9000 up
ifconfig vnetdemobridge addm epair180a edge epair180a
ifconfig epair180b vnet vnb-plan-jail180
ifconfig epair181 create mtu 9000 up
ifconfig vnetdemobridge addm epair181a edge epair181a
ifconfig epair181b vnet vnb-plan-jail181
ifconfig epair182 create mtu 9000 up
ifconfig vnetdemobridge addm epair182a edge epair182a
ifconfig epair182b vnet vnb-plan-jail182
ifconfig epair183 create mtu 9000 up
ifconfig vnetdemobridge addm epair183a edge epair183a
ifconfig epair183b vnet vnb-plan-jail183
ifconfig epair184 create mtu 9000 up
ifconfig vnetdemobridge addm epair184a edge epair184a
ifconfig epair184b vnet vnb-plan-jail184
ifconfig epair185 create mtu 9000 up
ifconfig vnetdemobridge addm epair185a edge epair185a
ifconfig epair185b vnet vnb-plan-jail185
ifconfig epair186 create mtu 9000 up
ifconfig vnetdemobridge addm epair186a edge epair186a
ifconfig epair186b vnet vnb-plan-jail186
ifconfig epair187 create mtu 9000 up
ifconfig vnetdemobridge addm epair187a edge epair187a
ifconfig epair187b vnet vnb-plan-jail187
ifconfig epair188 create mtu 9000 up
ifconfig vnetdemobridge addm epair188a edge epair188a
ifconfig epair188b vnet vnb-plan-jail188
ifconfig epair189 create mtu 9000 up
ifconfig vnetdemobridge addm epair189a edge epair189a
ifconfig epair189b vnet vnb-plan-jail189
ifconfig epair190 create mtu 9000 up
ifconfig vnetdemobridge addm epair190a edge epair190a
ifconfig epair190b vnet vnb-plan-jail190
ifconfig epair191 create mtu 9000 up
ifconfig vnetdemobridge addm epair191a edge epair191a
ifconfig epair191b vnet vnb-plan-jail191
ifconfig epair192 create mtu 9000 up
ifconfig vnetdemobridge addm epair192a edge epair192a
ifconfig epair192b vnet vnb-plan-jail192
ifconfig epair193 create mtu 9000 up
ifconfig vnetdemobridge addm epair193a edge epair193a
ifconfig epair193b vnet vnb-plan-jail193
ifconfig epair194 create mtu 9000 up
ifconfig vnetdemobridge addm epair194a edge epair194a
ifconfig epair194b vnet vnb-plan-jail194
ifconfig epair195 create mtu 9000 up
ifconfig vnetdemobridge addm epair195a edge epair195a
ifconfig epair195b vnet vnb-plan-jail195
ifconfig epair196 create mtu 9000 up
ifconfig vnetdemobridge addm epair196a edge epair196a
ifconfig epair196b vnet vnb-plan-jail196
ifconfig epair197 create mtu 9000 up
ifconfig vnetdemobridge addm epair197a edge epair197a
ifconfig epair197b vnet vnb-plan-jail197
ifconfig epair198 create mtu 9000 up
ifconfig vnetdemobridge addm epair198a edge epair198a
ifconfig epair198b vnet vnb-plan-jail198
ifconfig epair199 create mtu 9000 up
ifconfig vnetdemobridge addm epair199a edge epair199a
ifconfig epair199b vnet vnb-plan-jail199
ifconfig epair200 create mtu 9000 up
ifconfig vnetdemobridge addm epair200a edge epair200a
ifconfig epair200b vnet vnb-plan-jail200
ifconfig epair201 create mtu 9000 up
ifconfig vnetdemobridge addm epair201a edge epair201a
ifconfig epair201b vnet vnb-plan-jail201
ifconfig epair202 create mtu 9000 up
ifconfig vnetdemobridge addm epair202a edge epair202a
ifconfig epair202b vnet vnb-plan-jail202
ifconfig epair203 create mtu 9000 up
ifconfig vnetdemobridge addm epair203a edge epair203a
ifconfig epair203b vnet vnb-plan-jail203
ifconfig epair204 create mtu 9000 up
ifconfig vnetdemobridge addm epair204a edge epair204a
ifconfig epair204b vnet vnb-plan-jail204
ifconfig epair205 create mtu 9000 up
ifconfig vnetdemobridge addm epair205a edge epair205a
ifconfig epair205b vnet vnb-plan-jail205
ifconfig epair206 create mtu 9000 up
ifconfig vnetdemobridge addm epair206a edge epair206a
ifconfig epair206b vnet vnb-plan-jail206
ifconfig epair207 create mtu 9000 up
ifconfig vnetdemobridge addm epair207a edge epair207a
ifconfig epair207b vnet vnb-plan-jail207
ifconfig epair208 create mtu 9000 up
ifconfig vnetdemobridge addm epair208a edge epair208a
ifconfig epair208b vnet vnb-plan-jail208
ifconfig epair209 create mtu 9000 up
ifconfig vnetdemobridge addm epair209a edge epair209a
ifconfig epair209b vnet vnb-plan-jail209
ifconfig epair210 create mtu 9000 up
ifconfig vnetdemobridge addm epair210a edge epair210a
ifconfig epair210b vnet vnb-plan-jail210
ifconfig epair211 create mtu 9000 up
ifconfig vnetdemobridge addm epair211a edge epair211a
ifconfig epair211b vnet vnb-plan-jail211
ifconfig epair212 create mtu 9000 up
ifconfig vnetdemobridge addm epair212a edge epair212a
ifconfig epair212b vnet vnb-plan-jail212
ifconfig epair213 create mtu 9000 up
ifconfig vnetdemobridge addm epair213a edge epair213a
ifconfig epair213b vnet vnb-plan-jail213
ifconfig epair214 create mtu 9000 up
ifconfig vnetdemobridge addm epair214a edge epair214a
ifconfig epair214b vnet vnb-plan-jail214
ifconfig epair215 create mtu 9000 up
ifconfig vnetdemobridge addm epair215a edge epair215a
ifconfig epair215b vnet vnb-plan-jail215
ifconfig epair216 create mtu 9000 up
ifconfig vnetdemobridge addm epair216a edge epair216a
ifconfig epair216b vnet vnb-plan-jail216
ifconfig epair217 create mtu 9000 up
ifconfig vnetdemobridge addm epair217a edge epair217a
ifconfig epair217b vnet vnb-plan-jail217
ifconfig epair218 create mtu 9000 up
ifconfig vnetdemobridge addm epair218a edge epair218a
ifconfig epair218b vnet vnb-plan-jail218
ifconfig epair219 create mtu 9000 up
ifconfig vnetdemobridge addm epair219a edge epair219a
ifconfig epair219b vnet vnb-plan-jail219
ifconfig epair220 create mtu 9000 up
ifconfig vnetdemobridge addm epair220a edge epair220a
ifconfig epair220b vnet vnb-plan-jail220
ifconfig epair221 create mtu 9000 up
ifconfig vnetdemobridge addm epair221a edge epair221a
ifconfig epair221b vnet vnb-plan-jail221
ifconfig epair222 create mtu 9000 up
ifconfig vnetdemobridge addm epair222a edge epair222a
ifconfig epair222b vnet vnb-plan-jail222
ifconfig epair223 create mtu 9000 up
ifconfig vnetdemobridge addm epair223a edge epair223a
ifconfig epair223b vnet vnb-plan-jail223
ifconfig epair224 create mtu 9000 up
ifconfig vnetdemobridge addm epair224a edge epair224a
ifconfig epair224b vnet vnb-plan-jail224
ifconfig epair225 create mtu 9000 up
ifconfig vnetdemobridge addm epair225a edge epair225a
ifconfig epair225b vnet vnb-plan-jail225
ifconfig epair226 create mtu 9000 up
ifconfig vnetdemobridge addm epair226a edge epair226a
ifconfig epair226b vnet vnb-plan-jail226
ifconfig epair227 create mtu 9000 up
ifconfig vnetdemobridge addm epair227a edge epair227a
ifconfig epair227b vnet vnb-plan-jail227
ifconfig epair228 create mtu 9000 up
ifconfig vnetdemobridge addm epair228a edge epair228a
ifconfig epair228b vnet vnb-plan-jail228
ifconfig epair229 create mtu 9000 up
ifconfig vnetdemobridge addm epair229a edge epair229a
ifconfig epair229b vnet vnb-plan-jail229
ifconfig epair230 create mtu 9000 up
ifconfig vnetdemobridge addm epair230a edge epair230a
ifconfig epair230b vnet vnb-plan-jail230
ifconfig epair231 create mtu 9000 up
ifconfig vnetdemobridge addm epair231a edge epair231a
ifconfig epair231b vnet vnb-plan-jail231
ifconfig epair232 create mtu 9000 up
ifconfig vnetdemobridge addm epair232a edge epair232a
ifconfig epair232b vnet vnb-plan-jail232
ifconfig epair233 create mtu 9000 up
ifconfig vnetdemobridge addm epair233a edge epair233a
ifconfig epair233b vnet vnb-plan-jail233
ifconfig epair234 create mtu 9000 up
ifconfig vnetdemobridge addm epair234a edge epair234a
ifconfig epair234b vnet vnb-plan-jail234
ifconfig epair235 create mtu 9000 up
ifconfig vnetdemobridge addm epair235a edge epair235a
ifconfig epair235b vnet vnb-plan-jail235
ifconfig epair236 create mtu 9000 up
ifconfig vnetdemobridge addm epair236a edge epair236a
ifconfig epair236b vnet vnb-plan-jail236
ifconfig epair237 create mtu 9000 up
ifconfig vnetdemobridge addm epair237a edge epair237a
ifconfig epair237b vnet vnb-plan-jail237
ifconfig epair238 create mtu 9000 up
ifconfig vnetdemobridge addm epair238a edge epair238a
ifconfig epair238b vnet vnb-plan-jail238
ifconfig epair239 create mtu 9000 up
ifconfig vnetdemobridge addm epair239a edge epair239a
ifconfig epair239b vnet vnb-plan-jail239
ifconfig epair240 create mtu 9000 up
ifconfig vnetdemobridge addm epair240a edge epair240a
ifconfig epair240b vnet vnb-plan-jail240
ifconfig epair241 create mtu 9000 up
ifconfig vnetdemobridge addm epair241a edge epair241a
ifconfig epair241b vnet vnb-plan-jail241
ifconfig epair242 create mtu 9000 up
ifconfig vnetdemobridge addm epair242a edge epair242a
ifconfig epair242b vnet vnb-plan-jail242
ifconfig epair243 create mtu 9000 up
ifconfig vnetdemobridge addm epair243a edge epair243a
ifconfig epair243b vnet vnb-plan-jail243
ifconfig epair244 create mtu 9000 up
ifconfig vnetdemobridge addm epair244a edge epair244a
ifconfig epair244b vnet vnb-plan-jail244
ifconfig epair245 create mtu 9000 up
ifconfig vnetdemobridge addm epair245a edge epair245a
ifconfig epair245b vnet vnb-plan-jail245
ifconfig epair246 create mtu 9000 up
ifconfig vnetdemobridge addm epair246a edge epair246a
ifconfig epair246b vnet vnb-plan-jail246
ifconfig epair247 create mtu 9000 up
ifconfig vnetdemobridge addm epair247a edge epair247a
ifconfig epair247b vnet vnb-plan-jail247
ifconfig epair248 create mtu 9000 up
ifconfig vnetdemobridge addm epair248a edge epair248a
ifconfig epair248b vnet vnb-plan-jail248
ifconfig epair249 create mtu 9000 up
ifconfig vnetdemobridge addm epair249a edge epair249a
ifconfig epair249b vnet vnb-plan-jail249
ifconfig epair250 create mtu 9000 up
ifconfig vnetdemobridge addm epair250a edge epair250a
ifconfig epair250b vnet vnb-plan-jail250
ifconfig epair251 create mtu 9000 up
ifconfig vnetdemobridge addm epair251a edge epair251a
ifconfig epair251b vnet vnb-plan-jail251
ifconfig epair252 create mtu 9000 up
ifconfig vnetdemobridge addm epair252a edge epair252a
ifconfig epair252b vnet vnb-plan-jail252
ifconfig epair253 create mtu 9000 up
ifconfig vnetdemobridge addm epair253a edge epair253a
ifconfig epair253b vnet vnb-plan-jail253
ifconfig epair254 create mtu 9000 up
ifconfig vnetdemobridge addm epair254a edge epair254a
ifconfig epair254b vnet vnb-plan-jail254
ifconfig epair255 create mtu 9000 up
ifconfig vnetdemobridge addm epair255a edge epair255a
ifconfig epair255b vnet vnb-plan-jail255
ifconfig epair256 create mtu 9000 up
ifconfig vnetdemobridge addm epair256a edge epair256a
ifconfig epair256b vnet vnb-plan-jail256
ifconfig epair257 create mtu 9000 up
ifconfig vnetdemobridge addm epair257a edge epair257a
ifconfig epair257b vnet vnb-plan-jail257
ifconfig epair258 create mtu 9000 up
ifconfig vnetdemobridge addm epair258a edge epair258a
ifconfig epair258b vnet vnb-plan-jail258
ifconfig epair259 create mtu 9000 up
ifconfig vnetdemobridge addm epair259a edge epair259a
ifconfig epair259b vnet vnb-plan-jail259
ifconfig epair260 create mtu 9000 up
ifconfig vnetdemobridge addm epair260a edge epair260a
ifconfig epair260b vnet vnb-plan-jail260
ifconfig epair261 create mtu 9000 up
ifconfig vnetdemobridge addm epair261a edge epair261a
ifconfig epair261b vnet vnb-plan-jail261
ifconfig epair262 create mtu 9000 up
ifconfig vnetdemobridge addm epair262a edge epair262a
ifconfig epair262b vnet vnb-plan-jail262
ifconfig epair263 create mtu 9000 up
ifconfig vnetdemobridge addm epair263a edge epair263a
ifconfig epair263b vnet vnb-plan-jail263
ifconfig epair264 create mtu 9000 up
ifconfig vnetdemobridge addm epair264a edge epair264a
ifconfig epair264b vnet vnb-plan-jail264
ifconfig epair265 create mtu 9000 up
ifconfig vnetdemobridge addm epair265a edge epair265a
ifconfig epair265b vnet vnb-plan-jail265
ifconfig epair266 create mtu 9000 up
ifconfig vnetdemobridge addm epair266a edge epair266a
ifconfig epair266b vnet vnb-plan-jail266
ifconfig epair267 create mtu 9000 up
ifconfig vnetdemobridge addm epair267a edge epair267a
ifconfig epair267b vnet vnb-plan-jail267
ifconfig epair268 create mtu 9000 up
ifconfig vnetdemobridge addm epair268a edge epair268a
ifconfig epair268b vnet vnb-plan-jail268
ifconfig epair269 create mtu 9000 up
ifconfig vnetdemobridge addm epair269a edge epair269a
ifconfig epair269b vnet vnb-plan-jail269
ifconfig epair270 create mtu 9000 up
ifconfig vnetdemobridge addm epair270a edge epair270a
ifconfig epair270b vnet vnb-plan-jail270
ifconfig epair271 create mtu 9000 up
ifconfig vnetdemobridge addm epair271a edge epair271a
ifconfig epair271b vnet vnb-plan-jail271
ifconfig epair272 create mtu 9000 up
ifconfig vnetdemobridge addm epair272a edge epair272a
ifconfig epair272b vnet vnb-plan-jail272
ifconfig epair273 create mtu 9000 up
ifconfig vnetdemobridge addm epair273a edge epair273a
ifconfig epair273b vnet vnb-plan-jail273
ifconfig epair274 create mtu 9000 up
ifconfig vnetdemobridge addm epair274a edge epair274a
ifconfig epair274b vnet vnb-plan-jail274
ifconfig epair275 create mtu 9000 up
ifconfig vnetdemobridge addm epair275a edge epair275a
ifconfig epair275b vnet vnb-plan-jail275
ifconfig epair276 create mtu 9000 up
ifconfig vnetdemobridge addm epair276a edge epair276a
ifconfig epair276b vnet vnb-plan-jail276
ifconfig epair277 create mtu 9000 up
ifconfig vnetdemobridge addm epair277a edge epair277a
ifconfig epair277b vnet vnb-plan-jail277
ifconfig epair278 create mtu 9000 up
ifconfig vnetdemobridge addm epair278a edge epair278a
ifconfig epair278b vnet vnb-plan-jail278
ifconfig epair279 create mtu 9000 up
ifconfig vnetdemobridge addm epair279a edge epair279a
ifconfig epair279b vnet vnb-plan-jail279
ifconfig epair280 create mtu 9000 up
ifconfig vnetdemobridge addm epair280a edge epair280a
ifconfig epair280b vnet vnb-plan-jail280
ifconfig epair281 create mtu 9000 up
ifconfig vnetdemobridge addm epair281a edge epair281a
ifconfig epair281b vnet vnb-plan-jail281
ifconfig epair282 create mtu 9000 up
ifconfig vnetdemobridge addm epair282a edge epair282a
ifconfig epair282b vnet vnb-plan-jail282
ifconfig epair283 create mtu 9000 up
ifconfig vnetdemobridge addm epair283a edge epair283a
ifconfig epair283b vnet vnb-plan-jail283
ifconfig epair284 create mtu 9000 up
ifconfig vnetdemobridge addm epair284a edge epair284a
ifconfig epair284b vnet vnb-plan-jail284
ifconfig epair285 create mtu 9000 up
ifconfig vnetdemobridge addm epair285a edge epair285a
ifconfig epair285b vnet vnb-plan-jail285
ifconfig epair286 create mtu 9000 up
ifconfig vnetdemobridge addm epair286a edge epair286a
ifconfig epair286b vnet vnb-plan-jail286
ifconfig epair287 create mtu 9000 up
ifconfig vnetdemobridge addm epair287a edge epair287a
ifconfig epair287b vnet vnb-plan-jail287
ifconfig epair288 create mtu 9000 up
ifconfig vnetdemobridge addm epair288a edge epair288a
ifconfig epair288b vnet vnb-plan-jail288
ifconfig epair289 create mtu 9000 up
ifconfig vnetdemobridge addm epair289a edge epair289a
ifconfig epair289b vnet vnb-plan-jail289
ifconfig epair290 create mtu 9000 up
ifconfig vnetdemobridge addm epair290a edge epair290a
ifconfig epair290b vnet vnb-plan-jail290
ifconfig epair291 create mtu 9000 up
ifconfig vnetdemobridge addm epair291a edge epair291a
ifconfig epair291b vnet vnb-plan-jail291
ifconfig epair292 create mtu 9000 up
ifconfig vnetdemobridge addm epair292a edge epair292a
ifconfig epair292b vnet vnb-plan-jail292
ifconfig epair293 create mtu 9000 up
ifconfig vnetdemobridge addm epair293a edge epair293a
ifconfig epair293b vnet vnb-plan-jail293
ifconfig epair294 create mtu 9000 up
ifconfig vnetdemobridge addm epair294a edge epair294a
ifconfig epair294b vnet vnb-plan-jail294
ifconfig epair295 create mtu 9000 up
ifconfig vnetdemobridge addm epair295a edge epair295a
ifconfig epair295b vnet vnb-plan-jail295
ifconfig epair296 create mtu 9000 up
ifconfig vnetdemobridge addm epair296a edge epair296a
ifconfig epair296b vnet vnb-plan-jail296
ifconfig epair297 create mtu 9000 up
ifconfig vnetdemobridge addm epair297a edge epair297a
ifconfig epair297b vnet vnb-plan-jail297
ifconfig epair298 create mtu 9000 up
ifconfig vnetdemobridge addm epair298a edge epair298a
ifconfig epair298b vnet vnb-plan-jail298
ifconfig epair299 create mtu 9000 up
ifconfig vnetdemobridge addm epair299a edge epair299a
ifconfig epair299b vnet vnb-plan-jail299
ifconfig epair300 create mtu 9000 up
ifconfig vnetdemobridge addm epair300a edge epair300a
ifconfig epair300b vnet vnb-plan-jail300
ifconfig epair301 create mtu 9000 up
ifconfig vnetdemobridge addm epair301a edge epair301a
ifconfig epair301b vnet vnb-plan-jail301
ifconfig epair302 create mtu 9000 up
ifconfig vnetdemobridge addm epair302a edge epair302a
ifconfig epair302b vnet vnb-plan-jail302
ifconfig epair303 create mtu 9000 up
ifconfig vnetdemobridge addm epair303a edge epair303a
ifconfig epair303b vnet vnb-plan-jail303
ifconfig epair304 create mtu 9000 up
ifconfig vnetdemobridge addm epair304a edge epair304a
ifconfig epair304b vnet vnb-plan-jail304
ifconfig epair305 create mtu 9000 up
ifconfig vnetdemobridge addm epair305a edge epair305a
ifconfig epair305b vnet vnb-plan-jail305
ifconfig epair306 create mtu 9000 up
ifconfig vnetdemobridge addm epair306a edge epair306a
ifconfig epair306b vnet vnb-plan-jail306
ifconfig epair307 create mtu 9000 up
ifconfig vnetdemobridge addm epair307a edge epair307a
ifconfig epair307b vnet vnb-plan-jail307
ifconfig epair308 create mtu 9000 up
ifconfig vnetdemobridge addm epair308a edge epair308a
ifconfig epair308b vnet vnb-plan-jail308
ifconfig epair309 create mtu 9000 up
ifconfig vnetdemobridge addm epair309a edge epair309a
ifconfig epair309b vnet vnb-plan-jail309
ifconfig epair310 create mtu 9000 up
ifconfig vnetdemobridge addm epair310a edge epair310a
ifconfig epair310b vnet vnb-plan-jail310
ifconfig epair311 create mtu 9000 up
ifconfig vnetdemobridge addm epair311a edge epair311a
ifconfig epair311b vnet vnb-plan-jail311
ifconfig epair312 create mtu 9000 up
ifconfig vnetdemobridge addm epair312a edge epair312a
ifconfig epair312b vnet vnb-plan-jail312
ifconfig epair313 create mtu 9000 up
ifconfig vnetdemobridge addm epair313a edge epair313a
ifconfig epair313b vnet vnb-plan-jail313
ifconfig epair314 create mtu 9000 up
ifconfig vnetdemobridge addm epair314a edge epair314a
ifconfig epair314b vnet vnb-plan-jail314
ifconfig epair315 create mtu 9000 up
ifconfig vnetdemobridge addm epair315a edge epair315a
ifconfig epair315b vnet vnb-plan-jail315
ifconfig epair316 create mtu 9000 up
ifconfig vnetdemobridge addm epair316a edge epair316a
ifconfig epair316b vnet vnb-plan-jail316
ifconfig epair317 create mtu 9000 up
ifconfig vnetdemobridge addm epair317a edge epair317a
ifconfig epair317b vnet vnb-plan-jail317
ifconfig epair318 create mtu 9000 up
ifconfig vnetdemobridge addm epair318a edge epair318a
ifconfig epair318b vnet vnb-plan-jail318
ifconfig epair319 create mtu 9000 up
ifconfig vnetdemobridge addm epair319a edge epair319a
ifconfig epair319b vnet vnb-plan-jail319
ifconfig epair320 create mtu 9000 up
ifconfig vnetdemobridge addm epair320a edge epair320a
ifconfig epair320b vnet vnb-plan-jail320
ifconfig epair321 create mtu 9000 up
ifconfig vnetdemobridge addm epair321a edge epair321a
ifconfig epair321b vnet vnb-plan-jail321
ifconfig epair322 create mtu 9000 up
ifconfig vnetdemobridge addm epair322a edge epair322a
ifconfig epair322b vnet vnb-plan-jail322
ifconfig epair323 create mtu 9000 up
ifconfig vnetdemobridge addm epair323a edge epair323a
ifconfig epair323b vnet vnb-plan-jail323
ifconfig epair324 create mtu 9000 up
ifconfig vnetdemobridge addm epair324a edge epair324a
ifconfig epair324b vnet vnb-plan-jail324
ifconfig epair325 create mtu 9000 up
ifconfig vnetdemobridge addm epair325a edge epair325a
ifconfig epair325b vnet vnb-plan-jail325
ifconfig epair326 create mtu 9000 up
ifconfig vnetdemobridge addm epair326a edge epair326a
ifconfig epair326b vnet vnb-plan-jail326
ifconfig epair327 create mtu 9000 up
ifconfig vnetdemobridge addm epair327a edge epair327a
ifconfig epair327b vnet vnb-plan-jail327
ifconfig epair328 create mtu 9000 up
ifconfig vnetdemobridge addm epair328a edge epair328a
ifconfig epair328b vnet vnb-plan-jail328
ifconfig epair329 create mtu 9000 up
ifconfig vnetdemobridge addm epair329a edge epair329a
ifconfig epair329b vnet vnb-plan-jail329
ifconfig epair330 create mtu 9000 up
ifconfig vnetdemobridge addm epair330a edge epair330a
ifconfig epair330b vnet vnb-plan-jail330
ifconfig epair331 create mtu 9000 up
ifconfig vnetdemobridge addm epair331a edge epair331a
ifconfig epair331b vnet vnb-plan-jail331
ifconfig epair332 create mtu 9000 up
ifconfig vnetdemobridge addm epair332a edge epair332a
ifconfig epair332b vnet vnb-plan-jail332
ifconfig epair333 create mtu 9000 up
ifconfig vnetdemobridge addm epair333a edge epair333a
ifconfig epair333b vnet vnb-plan-jail333
ifconfig epair334 create mtu 9000 up
ifconfig vnetdemobridge addm epair334a edge epair334a
ifconfig epair334b vnet vnb-plan-jail334
ifconfig epair335 create mtu 9000 up
ifconfig vnetdemobridge addm epair335a edge epair335a
ifconfig epair335b vnet vnb-plan-jail335
ifconfig epair336 create mtu 9000 up
ifconfig vnetdemobridge addm epair336a edge epair336a
ifconfig epair336b vnet vnb-plan-jail336
ifconfig epair337 create mtu 9000 up
ifconfig vnetdemobridge addm epair337a edge epair337a
ifconfig epair337b vnet vnb-plan-jail337
ifconfig epair338 create mtu 9000 up
ifconfig vnetdemobridge addm epair338a edge epair338a
ifconfig epair338b vnet vnb-plan-jail338
ifconfig epair339 create mtu 9000 up
ifconfig vnetdemobridge addm epair339a edge epair339a
ifconfig epair339b vnet vnb-plan-jail339
ifconfig epair340 create mtu 9000 up
ifconfig vnetdemobridge addm epair340a edge epair340a
ifconfig epair340b vnet vnb-plan-jail340
ifconfig epair341 create mtu 9000 up
ifconfig vnetdemobridge addm epair341a edge epair341a
ifconfig epair341b vnet vnb-plan-jail341
ifconfig epair342 create mtu 9000 up
ifconfig vnetdemobridge addm epair342a edge epair342a
ifconfig epair342b vnet vnb-plan-jail342
ifconfig epair343 create mtu 9000 up
ifconfig vnetdemobridge addm epair343a edge epair343a
ifconfig epair343b vnet vnb-plan-jail343
ifconfig epair344 create mtu 9000 up
ifconfig vnetdemobridge addm epair344a edge epair344a
ifconfig epair344b vnet vnb-plan-jail344
ifconfig epair345 create mtu 9000 up
ifconfig vnetdemobridge addm epair345a edge epair345a
ifconfig epair345b vnet vnb-plan-jail345
ifconfig epair346 create mtu 9000 up
ifconfig vnetdemobridge addm epair346a edge epair346a
ifconfig epair346b vnet vnb-plan-jail346
ifconfig epair347 create mtu 9000 up
ifconfig vnetdemobridge addm epair347a edge epair347a
ifconfig epair347b vnet vnb-plan-jail347
ifconfig epair348 create mtu 9000 up
ifconfig vnetdemobridge addm epair348a edge epair348a
ifconfig epair348b vnet vnb-plan-jail348
ifconfig epair349 create mtu 9000 up
ifconfig vnetdemobridge addm epair349a edge epair349a
ifconfig epair349b vnet vnb-plan-jail349
ifconfig epair350 create mtu 9000 up
ifconfig vnetdemobridge addm epair350a edge epair350a
ifconfig epair350b vnet vnb-plan-jail350
ifconfig epair351 create mtu 9000 up
ifconfig vnetdemobridge addm epair351a edge epair351a
ifconfig epair351b vnet vnb-plan-jail351
ifconfig epair352 create mtu 9000 up
ifconfig vnetdemobridge addm epair352a edge epair352a
ifconfig epair352b vnet vnb-plan-jail352
ifconfig epair353 create mtu 9000 up
ifconfig vnetdemobridge addm epair353a edge epair353a
ifconfig epair353b vnet vnb-plan-jail353
ifconfig epair354 create mtu 9000 up
ifconfig vnetdemobridge addm epair354a edge epair354a
ifconfig epair354b vnet vnb-plan-jail354
ifconfig epair355 create mtu 9000 up
ifconfig vnetdemobridge addm epair355a edge epair355a
ifconfig epair355b vnet vnb-plan-jail355
ifconfig epair356 create mtu 9000 up
ifconfig vnetdemobridge addm epair356a edge epair356a
ifconfig epair356b vnet vnb-plan-jail356
ifconfig epair357 create mtu 9000 up
ifconfig vnetdemobridge addm epair357a edge epair357a
ifconfig epair357b vnet vnb-plan-jail357
ifconfig epair358 create mtu 9000 up
ifconfig vnetdemobridge addm epair358a edge epair358a
ifconfig epair358b vnet vnb-plan-jail358
ifconfig epair359 create mtu 9000 up
ifconfig vnetdemobridge addm epair359a edge epair359a
ifconfig epair359b vnet vnb-plan-jail359
ifconfig epair360 create mtu 9000 up
ifconfig vnetdemobridge addm epair360a edge epair360a
ifconfig epair360b vnet vnb-plan-jail360
ifconfig epair361 create mtu 9000 up
ifconfig vnetdemobridge addm epair361a edge epair361a
ifconfig epair361b vnet vnb-plan-jail361
ifconfig epair362 create mtu 9000 up
ifconfig vnetdemobridge addm epair362a edge epair362a
ifconfig epair362b vnet vnb-plan-jail362
ifconfig epair363 create mtu 9000 up
ifconfig vnetdemobridge addm epair363a edge epair363a
ifconfig epair363b vnet vnb-plan-jail363
ifconfig epair364 create mtu 9000 up
ifconfig vnetdemobridge addm epair364a edge epair364a
ifconfig epair364b vnet vnb-plan-jail364
ifconfig epair365 create mtu 9000 up
ifconfig vnetdemobridge addm epair365a edge epair365a
ifconfig epair365b vnet vnb-plan-jail365
ifconfig epair366 create mtu 9000 up
ifconfig vnetdemobridge addm epair366a edge epair366a
ifconfig epair366b vnet vnb-plan-jail366
ifconfig epair367 create mtu 9000 up
ifconfig vnetdemobridge addm epair367a edge epair367a
ifconfig epair367b vnet vnb-plan-jail367
ifconfig epair368 create mtu 9000 up
ifconfig vnetdemobridge addm epair368a edge epair368a
ifconfig epair368b vnet vnb-plan-jail368
ifconfig epair369 create mtu 9000 up
ifconfig vnetdemobridge addm epair369a edge epair369a
ifconfig epair369b vnet vnb-plan-jail369
ifconfig epair370 create mtu 9000 up
ifconfig vnetdemobridge addm epair370a edge epair370a
ifconfig epair370b vnet vnb-plan-jail370
ifconfig epair371 create mtu 9000 up
ifconfig vnetdemobridge addm epair371a edge epair371a
ifconfig epair371b vnet vnb-plan-jail371
ifconfig epair372 create mtu 9000 up
ifconfig vnetdemobridge addm epair372a edge epair372a
ifconfig epair372b vnet vnb-plan-jail372
ifconfig epair373 create mtu 9000 up
ifconfig vnetdemobridge addm epair373a edge epair373a
ifconfig epair373b vnet vnb-plan-jail373
ifconfig epair374 create mtu 9000 up
ifconfig vnetdemobridge addm epair374a edge epair374a
ifconfig epair374b vnet vnb-plan-jail374
ifconfig epair375 create mtu 9000 up
ifconfig vnetdemobridge addm epair375a edge epair375a
ifconfig epair375b vnet vnb-plan-jail375
ifconfig epair376 create mtu 9000 up
ifconfig vnetdemobridge addm epair376a edge epair376a
ifconfig epair376b vnet vnb-plan-jail376
ifconfig epair377 create mtu 9000 up
ifconfig vnetdemobridge addm epair377a edge epair377a
ifconfig epair377b vnet vnb-plan-jail377
ifconfig epair378 create mtu 9000 up
ifconfig vnetdemobridge addm epair378a edge epair378a
ifconfig epair378b vnet vnb-plan-jail378
ifconfig epair379 create mtu 9000 up
ifconfig vnetdemobridge addm epair379a edge epair379a
ifconfig epair379b vnet vnb-plan-jail379
ifconfig epair380 create mtu 9000 up
ifconfig vnetdemobridge addm epair380a edge epair380a
ifconfig epair380b vnet vnb-plan-jail380
ifconfig epair381 create mtu 9000 up
ifconfig vnetdemobridge addm epair381a edge epair381a
ifconfig epair381b vnet vnb-plan-jail381
ifconfig epair382 create mtu 9000 up
ifconfig vnetdemobridge addm epair382a edge epair382a
ifconfig epair382b vnet vnb-plan-jail382
ifconfig epair383 create mtu 9000 up
ifconfig vnetdemobridge addm epair383a edge epair383a
ifconfig epair383b vnet vnb-plan-jail383
ifconfig epair384 create mtu 9000 up
ifconfig vnetdemobridge addm epair384a edge epair384a
ifconfig epair384b vnet vnb-plan-jail384
ifconfig epair385 create mtu 9000 up
ifconfig vnetdemobridge addm epair385a edge epair385a
ifconfig epair385b vnet vnb-plan-jail385
ifconfig epair386 create mtu 9000 up
ifconfig vnetdemobridge addm epair386a edge epair386a
ifconfig epair386b vnet vnb-plan-jail386
ifconfig epair387 create mtu 9000 up
ifconfig vnetdemobridge addm epair387a edge epair387a
ifconfig epair387b vnet vnb-plan-jail387
ifconfig epair388 create mtu 9000 up
ifconfig vnetdemobridge addm epair388a edge epair388a
ifconfig epair388b vnet vnb-plan-jail388
ifconfig epair389 create mtu 9000 up
ifconfig vnetdemobridge addm epair389a edge epair389a
ifconfig epair389b vnet vnb-plan-jail389
ifconfig epair390 create mtu 9000 up
ifconfig vnetdemobridge addm epair390a edge epair390a
ifconfig epair390b vnet vnb-plan-jail390
ifconfig epair391 create mtu 9000 up
ifconfig vnetdemobridge addm epair391a edge epair391a
ifconfig epair391b vnet vnb-plan-jail391
ifconfig epair392 create mtu 9000 up
ifconfig vnetdemobridge addm epair392a edge epair392a
ifconfig epair392b vnet vnb-plan-jail392
ifconfig epair393 create mtu 9000 up
ifconfig vnetdemobridge addm epair393a edge epair393a
ifconfig epair393b vnet vnb-plan-jail393
ifconfig epair394 create mtu 9000 up
ifconfig vnetdemobridge addm epair394a edge epair394a
ifconfig epair394b vnet vnb-plan-jail394
ifconfig epair395 create mtu 9000 up
ifconfig vnetdemobridge addm epair395a edge epair395a
ifconfig epair395b vnet vnb-plan-jail395
ifconfig epair396 create mtu 9000 up
ifconfig vnetdemobridge addm epair396a edge epair396a
ifconfig epair396b vnet vnb-plan-jail396
ifconfig epair397 create mtu 9000 up
ifconfig vnetdemobridge addm epair397a edge epair397a
ifconfig epair397b vnet vnb-plan-jail397
ifconfig epair398 create mtu 9000 up
ifconfig vnetdemobridge addm epair398a edge epair398a
ifconfig epair398b vnet vnb-plan-jail398
ifconfig epair399 create mtu 9000 up
ifconfig vnetdemobridge addm epair399a edge epair399a
ifconfig epair399b vnet vnb-plan-jail399
ifconfig epair400 create mtu 9000 up
ifconfig vnetdemobridge addm epair400a edge epair400a
ifconfig epair400b vnet vnb-plan-jail400
ifconfig epair401 create mtu 9000 up
ifconfig vnetdemobridge addm epair401a edge epair401a
ifconfig epair401b vnet vnb-plan-jail401
ifconfig epair402 create mtu 9000 up
ifconfig vnetdemobridge addm epair402a edge epair402a
ifconfig epair402b vnet vnb-plan-jail402
ifconfig epair403 create mtu 9000 up
ifconfig vnetdemobridge addm epair403a edge epair403a
ifconfig epair403b vnet vnb-plan-jail403
ifconfig epair404 create mtu 9000 up
ifconfig vnetdemobridge addm epair404a edge epair404a
ifconfig epair404b vnet vnb-plan-jail404
ifconfig epair405 create mtu 9000 up
ifconfig vnetdemobridge addm epair405a edge epair405a
ifconfig epair405b vnet vnb-plan-jail405
ifconfig epair406 create mtu 9000 up
ifconfig vnetdemobridge addm epair406a edge epair406a
ifconfig epair406b vnet vnb-plan-jail406
ifconfig epair407 create mtu 9000 up
ifconfig vnetdemobridge addm epair407a edge epair407a
ifconfig epair407b vnet vnb-plan-jail407
ifconfig epair408 create mtu 9000 up
ifconfig vnetdemobridge addm epair408a edge epair408a
ifconfig epair408b vnet vnb-plan-jail408
ifconfig epair409 create mtu 9000 up
ifconfig vnetdemobridge addm epair409a edge epair409a
ifconfig epair409b vnet vnb-plan-jail409
ifconfig epair410 create mtu 9000 up
ifconfig vnetdemobridge addm epair410a edge epair410a
ifconfig epair410b vnet vnb-plan-jail410
ifconfig epair411 create mtu 9000 up
ifconfig vnetdemobridge addm epair411a edge epair411a
ifconfig epair411b vnet vnb-plan-jail411
ifconfig epair412 create mtu 9000 up
ifconfig vnetdemobridge addm epair412a edge epair412a
ifconfig epair412b vnet vnb-plan-jail412
ifconfig epair413 create mtu 9000 up
ifconfig vnetdemobridge addm epair413a edge epair413a
ifconfig epair413b vnet vnb-plan-jail413
ifconfig epair414 create mtu 9000 up
ifconfig vnetdemobridge addm epair414a edge epair414a
ifconfig epair414b vnet vnb-plan-jail414
ifconfig epair415 create mtu 9000 up
ifconfig vnetdemobridge addm epair415a edge epair415a
ifconfig epair415b vnet vnb-plan-jail415
ifconfig epair416 create mtu 9000 up
ifconfig vnetdemobridge addm epair416a edge epair416a
ifconfig epair416b vnet vnb-plan-jail416
ifconfig epair417 create mtu 9000 up
ifconfig vnetdemobridge addm epair417a edge epair417a
ifconfig epair417b vnet vnb-plan-jail417
ifconfig epair418 create mtu 9000 up
ifconfig vnetdemobridge addm epair418a edge epair418a
ifconfig epair418b vnet vnb-plan-jail418
ifconfig epair419 create mtu 9000 up
ifconfig vnetdemobridge addm epair419a edge epair419a
ifconfig epair419b vnet vnb-plan-jail419
ifconfig epair420 create mtu 9000 up
ifconfig vnetdemobridge addm epair420a edge epair420a
ifconfig epair420b vnet vnb-plan-jail420
ifconfig epair421 create mtu 9000 up
ifconfig vnetdemobridge addm epair421a edge epair421a
ifconfig epair421b vnet vnb-plan-jail421
ifconfig epair422 create mtu 9000 up
ifconfig vnetdemobridge addm epair422a edge epair422a
ifconfig epair422b vnet vnb-plan-jail422
ifconfig epair423 create mtu 9000 up
ifconfig vnetdemobridge addm epair423a edge epair423a
ifconfig epair423b vnet vnb-plan-jail423
ifconfig epair424 create mtu 9000 up
ifconfig vnetdemobridge addm epair424a edge epair424a
ifconfig epair424b vnet vnb-plan-jail424
ifconfig epair425 create mtu 9000 up
ifconfig vnetdemobridge addm epair425a edge epair425a
ifconfig epair425b vnet vnb-plan-jail425
ifconfig epair426 create mtu 9000 up
ifconfig vnetdemobridge addm epair426a edge epair426a
ifconfig epair426b vnet vnb-plan-jail426
ifconfig epair427 create mtu 9000 up
ifconfig vnetdemobridge addm epair427a edge epair427a
ifconfig epair427b vnet vnb-plan-jail427
ifconfig epair428 create mtu 9000 up
ifconfig vnetdemobridge addm epair428a edge epair428a
ifconfig epair428b vnet vnb-plan-jail428
ifconfig epair429 create mtu 9000 up
ifconfig vnetdemobridge addm epair429a edge epair429a
ifconfig epair429b vnet vnb-plan-jail429
ifconfig epair430 create mtu 9000 up
ifconfig vnetdemobridge addm epair430a edge epair430a
ifconfig epair430b vnet vnb-plan-jail430
ifconfig epair431 create mtu 9000 up
ifconfig vnetdemobridge addm epair431a edge epair431a
ifconfig epair431b vnet vnb-plan-jail431
ifconfig epair432 create mtu 9000 up
ifconfig vnetdemobridge addm epair432a edge epair432a
ifconfig epair432b vnet vnb-plan-jail432
ifconfig epair433 create mtu 9000 up
ifconfig vnetdemobridge addm epair433a edge epair433a
ifconfig epair433b vnet vnb-plan-jail433
ifconfig epair434 create mtu 9000 up
ifconfig vnetdemobridge addm epair434a edge epair434a
ifconfig epair434b vnet vnb-plan-jail434
ifconfig epair435 create mtu 9000 up
ifconfig vnetdemobridge addm epair435a edge epair435a
ifconfig epair435b vnet vnb-plan-jail435
ifconfig epair436 create mtu 9000 up
ifconfig vnetdemobridge addm epair436a edge epair436a
ifconfig epair436b vnet vnb-plan-jail436
ifconfig epair437 create mtu 9000 up
ifconfig vnetdemobridge addm epair437a edge epair437a
ifconfig epair437b vnet vnb-plan-jail437
ifconfig epair438 create mtu 9000 up
ifconfig vnetdemobridge addm epair438a edge epair438a
ifconfig epair438b vnet vnb-plan-jail438
ifconfig epair439 create mtu 9000 up
ifconfig vnetdemobridge addm epair439a edge epair439a
ifconfig epair439b vnet vnb-plan-jail439
ifconfig epair440 create mtu 9000 up
ifconfig vnetdemobridge addm epair440a edge epair440a
ifconfig epair440b vnet vnb-plan-jail440
ifconfig epair441 create mtu 9000 up
ifconfig vnetdemobridge addm epair441a edge epair441a
ifconfig epair441b vnet vnb-plan-jail441
ifconfig epair442 create mtu 9000 up
ifconfig vnetdemobridge addm epair442a edge epair442a
ifconfig epair442b vnet vnb-plan-jail442
ifconfig epair443 create mtu 9000 up
ifconfig vnetdemobridge addm epair443a edge epair443a
ifconfig epair443b vnet vnb-plan-jail443
ifconfig epair444 create mtu 9000 up
ifconfig vnetdemobridge addm epair444a edge epair444a
ifconfig epair444b vnet vnb-plan-jail444
ifconfig epair445 create mtu 9000 up
ifconfig vnetdemobridge addm epair445a edge epair445a
ifconfig epair445b vnet vnb-plan-jail445
ifconfig epair446 create mtu 9000 up
ifconfig vnetdemobridge addm epair446a edge epair446a
ifconfig epair446b vnet vnb-plan-jail446
ifconfig epair447 create mtu 9000 up
ifconfig vnetdemobridge addm epair447a edge epair447a
ifconfig epair447b vnet vnb-plan-jail447
ifconfig epair448 create mtu 9000 up
ifconfig vnetdemobridge addm epair448a edge epair448a
ifconfig epair448b vnet vnb-plan-jail448
ifconfig epair449 create mtu 9000 up
ifconfig vnetdemobridge addm epair449a edge epair449a
ifconfig epair449b vnet vnb-plan-jail449
ifconfig epair450 create mtu 9000 up
ifconfig vnetdemobridge addm epair450a edge epair450a
ifconfig epair450b vnet vnb-plan-jail450
ifconfig epair451 create mtu 9000 up
ifconfig vnetdemobridge addm epair451a edge epair451a
ifconfig epair451b vnet vnb-plan-jail451
ifconfig epair452 create mtu 9000 up
ifconfig vnetdemobridge addm epair452a edge epair452a
ifconfig epair452b vnet vnb-plan-jail452
ifconfig epair453 create mtu 9000 up
ifconfig vnetdemobridge addm epair453a edge epair453a
ifconfig epair453b vnet vnb-plan-jail453
ifconfig epair454 create mtu 9000 up
ifconfig vnetdemobridge addm epair454a edge epair454a
ifconfig epair454b vnet vnb-plan-jail454
ifconfig epair455 create mtu 9000 up
ifconfig vnetdemobridge addm epair455a edge epair455a
ifconfig epair455b vnet vnb-plan-jail455
ifconfig epair456 create mtu 9000 up
ifconfig vnetdemobridge addm epair456a edge epair456a
ifconfig epair456b vnet vnb-plan-jail456
ifconfig epair457 create mtu 9000 up
ifconfig vnetdemobridge addm epair457a edge epair457a
ifconfig epair457b vnet vnb-plan-jail457
ifconfig epair458 create mtu 9000 up
ifconfig vnetdemobridge addm epair458a edge epair458a
ifconfig epair458b vnet vnb-plan-jail458
ifconfig epair459 create mtu 9000 up
ifconfig vnetdemobridge addm epair459a edge epair459a
ifconfig epair459b vnet vnb-plan-jail459
ifconfig epair460 create mtu 9000 up
ifconfig vnetdemobridge addm epair460a edge epair460a
ifconfig epair460b vnet vnb-plan-jail460
ifconfig epair461 create mtu 9000 up
ifconfig vnetdemobridge addm epair461a edge epair461a
ifconfig epair461b vnet vnb-plan-jail461
ifconfig epair462 create mtu 9000 up
ifconfig vnetdemobridge addm epair462a edge epair462a
ifconfig epair462b vnet vnb-plan-jail462
ifconfig epair463 create mtu 9000 up
ifconfig vnetdemobridge addm epair463a edge epair463a
ifconfig epair463b vnet vnb-plan-jail463
ifconfig epair464 create mtu 9000 up
ifconfig vnetdemobridge addm epair464a edge epair464a
ifconfig epair464b vnet vnb-plan-jail464
ifconfig epair465 create mtu 9000 up
ifconfig vnetdemobridge addm epair465a edge epair465a
ifconfig epair465b vnet vnb-plan-jail465
ifconfig epair466 create mtu 9000 up
ifconfig vnetdemobridge addm epair466a edge epair466a
ifconfig epair466b vnet vnb-plan-jail466
ifconfig epair467 create mtu 9000 up
ifconfig vnetdemobridge addm epair467a edge epair467a
ifconfig epair467b vnet vnb-plan-jail467
ifconfig epair468 create mtu 9000 up
ifconfig vnetdemobridge addm epair468a edge epair468a
ifconfig epair468b vnet vnb-plan-jail468
ifconfig epair469 create mtu 9000 up
ifconfig vnetdemobridge addm epair469a edge epair469a
ifconfig epair469b vnet vnb-plan-jail469
ifconfig epair470 create mtu 9000 up
ifconfig vnetdemobridge addm epair470a edge epair470a
ifconfig epair470b vnet vnb-plan-jail470
ifconfig epair471 create mtu 9000 up
ifconfig vnetdemobridge addm epair471a edge epair471a
ifconfig epair471b vnet vnb-plan-jail471
ifconfig epair472 create mtu 9000 up
ifconfig vnetdemobridge addm epair472a edge epair472a
ifconfig epair472b vnet vnb-plan-jail472
ifconfig epair473 create mtu 9000 up
ifconfig vnetdemobridge addm epair473a edge epair473a
ifconfig epair473b vnet vnb-plan-jail473
ifconfig epair474 create mtu 9000 up
ifconfig vnetdemobridge addm epair474a edge epair474a
ifconfig epair474b vnet vnb-plan-jail474
ifconfig epair475 create mtu 9000 up
ifconfig vnetdemobridge addm epair475a edge epair475a
ifconfig epair475b vnet vnb-plan-jail475
ifconfig epair476 create mtu 9000 up
ifconfig vnetdemobridge addm epair476a edge epair476a
ifconfig epair476b vnet vnb-plan-jail476
ifconfig epair477 create mtu 9000 up
ifconfig vnetdemobridge addm epair477a edge epair477a
ifconfig epair477b vnet vnb-plan-jail477
ifconfig epair478 create mtu 9000 up
ifconfig vnetdemobridge addm epair478a edge epair478a
ifconfig epair478b vnet vnb-plan-jail478
ifconfig epair479 create mtu 9000 up
ifconfig vnetdemobridge addm epair479a edge epair479a
ifconfig epair479b vnet vnb-plan-jail479
ifconfig epair480 create mtu 9000 up
ifconfig vnetdemobridge addm epair480a edge epair480a
ifconfig epair480b vnet vnb-plan-jail480

# --- addresses (1440 steps; vnetbench runs a phase's steps concurrently) ---
jexec vnb-plan-jail1 ifconfig epair1b inet 192.0.2.1/20 mtu 9000 up
jexec vnb-plan-jail2 ifconfig epair2b inet 192.0.2.2/20 mtu 9000 up
jexec vnb-plan-jail3 ifconfig epair3b inet 192.0.2.3/20 mtu 9000 up
jexec vnb-plan-jail4 ifconfig epair4b inet 192.0.2.4/20 mtu 9000 up
jexec vnb-plan-jail5 ifconfig epair5b inet 192.0.2.5/20 mtu 9000 up
jexec vnb-plan-jail6 ifconfig epair6b inet 192.0.2.6/20 mtu 9000 up
jexec vnb-plan-jail7 ifconfig epair7b inet 192.0.2.7/20 mtu 9000 up
jexec vnb-plan-jail8 ifconfig epair8b inet 192.0.2.8/20 mtu 9000 up
jexec vnb-plan-jail9 ifconfig epair9b inet 192.0.2.9/20 mtu 9000 up
jexec vnb-plan-jail10 ifconfig epair10b inet 192.0.2.10/20 mtu 9000 up
jexec vnb-plan-jail11 ifconfig epair11b inet 192.0.2.11/20 mtu 9000 up
jexec vnb-plan-jail12 ifconfig epair12b inet 192.0.2.12/20 mtu 9000 up
jexec vnb-plan-jail13 ifconfig epair13b inet 192.0.2.13/20 mtu 9000 up
jexec vnb-plan-jail14 ifconfig epair14b inet 192.0.2.14/20 mtu 9000 up
jexec vnb-plan-jail15 ifconfig epair15b inet 192.0.2.15/20 mtu 9000 up
jexec vnb-plan-jail16 ifconfig epair16b inet 192.0.2.16/20 mtu 9000 up
jexec vnb-plan-jail17 ifconfig epair17b inet 192.0.2.17/20 mtu 9000 up
jexec vnb-plan-jail18 ifconfig epair18b inet 192.0.2.18/20 mtu 9000 up
jexec vnb-plan-jail19 ifconfig epair19b inet 192.0.2.19/20 mtu 9000 up
jexec vnb-plan-jail20 ifconfig epair20b inet 192.0.2.20/20 mtu 9000 up
jexec vnb-plan-jail21 ifconfig epair21b inet 192.0.2.21/20 mtu 9000 up
jexec vnb-plan-jail22 ifconfig epair22b inet 192.0.2.22/20 mtu 9000 up
jexec vnb-plan-jail23 ifconfig epair23b inet 192.0.2.23/20 mtu 9000 up
jexec vnb-plan-jail24 ifconfig epair24b inet 192.0.2.24/20 mtu 9000 up
jexec vnb-plan-jail25 ifconfig epair25b inet 192.0.2.25/20 mtu 9000 up
jexec vnb-plan-jail26 ifconfig epair26b inet 192.0.2.26/20 mtu 9000 up
jexec vnb-plan-jail27 ifconfig epair27b inet 192.0.2.27/20 mtu 9000 up
jexec vnb-plan-jail28 ifconfig epair28b inet 192.0.2.28/20 mtu 9000 up
jexec vnb-plan-jail29 ifconfig epair29b inet 192.0.2.29/20 mtu 9000 up
jexec vnb-plan-jail30 ifconfig epair30b inet 192.0.2.30/20 mtu 9000 up
jexec vnb-plan-jail31 ifconfig epair31b inet 192.0.2.31/20 mtu 9000 up
jexec vnb-plan-jail32 ifconfig epair32b inet 192.0.2.32/20 mtu 9000 up
jexec vnb-plan-jail33 ifconfig epair33b inet 192.0.2.33/20 mtu 9000 up
jexec vnb-plan-jail34 ifconfig epair34b inet 192.0.2.34/20 mtu 9000 up
jexec vnb-plan-jail35 ifconfig epair35b inet 192.0.2.35/20 mtu 9000 up
jexec vnb-plan-jail36 ifconfig epair36b inet 192.0.2.36/20 mtu 9000 up
jexec vnb-plan-jail37 ifconfig epair37b inet 192.0.2.37/20 mtu 9000 up
jexec vnb-plan-jail38 ifconfig epair38b inet 192.0.2.38/20 mtu 9000 up
jexec vnb-plan-jail39 ifconfig epair39b inet 192.0.2.39/20 mtu 9000 up
jexec vnb-plan-jail40 ifconfig epair40b inet 192.0.2.40/20 mtu 9000 up
jexec vnb-plan-jail41 ifconfig epair41b inet 192.0.2.41/20 mtu 9000 up
jexec vnb-plan-jail42 ifconfig epair42b inet 192.0.2.42/20 mtu 9000 up
jexec vnb-plan-jail43 ifconfig epair43b inet 192.0.2.43/20 mtu 9000 up
jexec vnb-plan-jail44 ifconfig epair44b inet 192.0.2.44/20 mtu 9000 up
jexec vnb-plan-jail45 ifconfig epair45b inet 192.0.2.45/20 mtu 9000 up
jexec vnb-plan-jail46 ifconfig epair46b inet 192.0.2.46/20 mtu 9000 up
jexec vnb-plan-jail47 ifconfig epair47b inet 192.0.2.47/20 mtu 9000 up
jexec vnb-plan-jail48 ifconfig epair48b inet 192.0.2.48/20 mtu 9000 up
jexec vnb-plan-jail49 ifconfig epair49b inet 192.0.2.49/20 mtu 9000 up
jexec vnb-plan-jail50 ifconfig epair50b inet 192.0.2.50/20 mtu 9000 up
jexec vnb-plan-jail51 ifconfig epair51b inet 192.0.2.51/20 mtu 9000 up
jexec vnb-plan-jail52 ifconfig epair52b inet 192.0.2.52/20 mtu 9000 up
jexec vnb-plan-jail53 ifconfig epair53b inet 192.0.2.53/20 mtu 9000 up
jexec vnb-plan-jail54 ifconfig epair54b inet 192.0.2.54/20 mtu 9000 up
jexec vnb-plan-jail55 ifconfig epair55b inet 192.0.2.55/20 mtu 9000 up
jexec vnb-plan-jail56 ifconfig epair56b inet 192.0.2.56/20 mtu 9000 up
jexec vnb-plan-jail57 ifconfig epair57b inet 192.0.2.57/20 mtu 9000 up
jexec vnb-plan-jail58 ifconfig epair58b inet 192.0.2.58/20 mtu 9000 up
jexec vnb-plan-jail59 ifconfig epair59b inet 192.0.2.59/20 mtu 9000 up
jexec vnb-plan-jail60 ifconfig epair60b inet 192.0.2.60/20 mtu 9000 up
jexec vnb-plan-jail61 ifconfig epair61b inet 192.0.2.61/20 mtu 9000 up
jexec vnb-plan-jail62 ifconfig epair62b inet 192.0.2.62/20 mtu 9000 up
jexec vnb-plan-jail63 ifconfig epair63b inet 192.0.2.63/20 mtu 9000 up
jexec vnb-plan-jail64 ifconfig epair64b inet 192.0.2.64/20 mtu 9000 up
jexec vnb-plan-jail65 ifconfig epair65b inet 192.0.2.65/20 mtu 9000 up
jexec vnb-plan-jail66 ifconfig epair66b inet 192.0.2.66/20 mtu 9000 up
jexec vnb-plan-jail67 ifconfig epair67b inet 192.0.2.67/20 mtu 9000 up
jexec vnb-plan-jail68 ifconfig epair68b inet 192.0.2.68/20 mtu 9000 up
jexec vnb-plan-jail69 ifconfig epair69b inet 192.0.2.69/20 mtu 9000 up
jexec vnb-plan-jail70 ifconfig epair70b inet 192.0.2.70/20 mtu 9000 up
jexec vnb-plan-jail71 ifconfig epair71b inet 192.0.2.71/20 mtu 9000 up
jexec vnb-plan-jail72 ifconfig epair72b inet 192.0.2.72/20 mtu 9000 up
jexec vnb-plan-jail73 ifconfig epair73b inet 192.0.2.73/20 mtu 9000 up
jexec vnb-plan-jail74 ifconfig epair74b inet 192.0.2.74/20 mtu 9000 up
jexec vnb-plan-jail75 ifconfig epair75b inet 192.0.2.75/20 mtu 9000 up
jexec vnb-plan-jail76 ifconfig epair76b inet 192.0.2.76/20 mtu 9000 up
jexec vnb-plan-jail77 ifconfig epair77b inet 192.0.2.77/20 mtu 9000 up
jexec vnb-plan-jail78 ifconfig epair78b inet 192.0.2.78/20 mtu 9000 up
jexec vnb-plan-jail79 ifconfig epair79b inet 192.0.2.79/20 mtu 9000 up
jexec vnb-plan-jail80 ifconfig epair80b inet 192.0.2.80/20 mtu 9000 up
jexec vnb-plan-jail81 ifconfig epair81b inet 192.0.2.81/20 mtu 9000 up
jexec vnb-plan-jail82 ifconfig epair82b inet 192.0.2.82/20 mtu 9000 up
jexec vnb-plan-jail83 ifconfig epair83b inet 192.0.2.83/20 mtu 9000 up
jexec vnb-plan-jail84 ifconfig epair84b inet 192.0.2.84/20 mtu 9000 up
jexec vnb-plan-jail85 ifconfig epair85b inet 192.0.2.85/20 mtu 9000 up
jexec vnb-plan-jail86 ifconfig epair86b inet 192.0.2.86/20 mtu 9000 up
jexec vnb-plan-jail87 ifconfig epair87b inet 192.0.2.87/20 mtu 9000 up
jexec vnb-plan-jail88 ifconfig epair88b inet 192.0.2.88/20 mtu 9000 up
jexec vnb-plan-jail89 ifconfig epair89b inet 192.0.2.89/20 mtu 9000 up
jexec vnb-plan-jail90 ifconfig epair90b inet 192.0.2.90/20 mtu 9000 up
jexec vnb-plan-jail91 ifconfig epair91b inet 192.0.2.91/20 mtu 9000 up
jexec vnb-plan-jail92 ifconfig epair92b inet 192.0.2.92/20 mtu 9000 up
jexec vnb-plan-jail93 ifconfig epair93b inet 192.0.2.93/20 mtu 9000 up
jexec vnb-plan-jail94 ifconfig epair94b inet 192.0.2.94/20 mtu 9000 up
jexec vnb-plan-jail95 ifconfig epair95b inet 192.0.2.95/20 mtu 9000 up
jexec vnb-plan-jail96 ifconfig epair96b inet 192.0.2.96/20 mtu 9000 up
jexec vnb-plan-jail97 ifconfig epair97b inet 192.0.2.97/20 mtu 9000 up
jexec vnb-plan-jail98 ifconfig epair98b inet 192.0.2.98/20 mtu 9000 up
jexec vnb-plan-jail99 ifconfig epair99b inet 192.0.2.99/20 mtu 9000 up
jexec vnb-plan-jail100 ifconfig epair100b inet 192.0.2.100/20 mtu 9000 up
jexec vnb-plan-jail101 ifconfig epair101b inet 192.0.2.101/20 mtu 9000 up
jexec vnb-plan-jail102 ifconfig epair102b inet 192.0.2.102/20 mtu 9000 up
jexec vnb-plan-jail103 ifconfig epair103b inet 192.0.2.103/20 mtu 9000 up
jexec vnb-plan-jail104 ifconfig epair104b inet 192.0.2.104/20 mtu 9000 up
jexec vnb-plan-jail105 ifconfig epair105b inet 192.0.2.105/20 mtu 9000 up
jexec vnb-plan-jail106 ifconfig epair106b inet 192.0.2.106/20 mtu 9000 up
jexec vnb-plan-jail107 ifconfig epair107b inet 192.0.2.107/20 mtu 9000 up
jexec vnb-plan-jail108 ifconfig epair108b inet 192.0.2.108/20 mtu 9000 up
jexec vnb-plan-jail109 ifconfig epair109b inet 192.0.2.109/20 mtu 9000 up
jexec vnb-plan-jail110 ifconfig epair110b inet 192.0.2.110/20 mtu 9000 up
jexec vnb-plan-jail111 ifconfig epair111b inet 192.0.2.111/20 mtu 9000 up
jexec vnb-plan-jail112 ifconfig epair112b inet 192.0.2.112/20 mtu 9000 up
jexec vnb-plan-jail113 ifconfig epair113b inet 192.0.2.113/20 mtu 9000 up
jexec vnb-plan-jail114 ifconfig epair114b inet 192.0.2.114/20 mtu 9000 up
jexec vnb-plan-jail115 ifconfig epair115b inet 192.0.2.115/20 mtu 9000 up
jexec vnb-plan-jail116 ifconfig epair116b inet 192.0.2.116/20 mtu 9000 up
jexec vnb-plan-jail117 ifconfig epair117b inet 192.0.2.117/20 mtu 9000 up
jexec vnb-plan-jail118 ifconfig epair118b inet 192.0.2.118/20 mtu 9000 up
jexec vnb-plan-jail119 ifconfig epair119b inet 192.0.2.119/20 mtu 9000 up
jexec vnb-plan-jail120 ifconfig epair120b inet 192.0.2.120/20 mtu 9000 up
jexec vnb-plan-jail121 ifconfig epair121b inet 192.0.2.121/20 mtu 9000 up
jexec vnb-plan-jail122 ifconfig epair122b inet 192.0.2.122/20 mtu 9000 up
jexec vnb-plan-jail123 ifconfig epair123b inet 192.0.2.123/20 mtu 9000 up
jexec vnb-plan-jail124 ifconfig epair124b inet 192.0.2.124/20 mtu 9000 up
jexec vnb-plan-jail125 ifconfig epair125b inet 192.0.2.125/20 mtu 9000 up
jexec vnb-plan-jail126 ifconfig epair126b inet 192.0.2.126/20 mtu 9000 up
jexec vnb-plan-jail127 ifconfig epair127b inet 192.0.2.127/20 mtu 9000 up
jexec vnb-plan-jail128 ifconfig epair128b inet 192.0.2.128/20 mtu 9000 up
jexec vnb-plan-jail129 ifconfig epair129b inet 192.0.2.129/20 mtu 9000 up
jexec vnb-plan-jail130 ifconfig epair130b inet 192.0.2.130/20 mtu 9000 up
jexec vnb-plan-jail131 ifconfig epair131b inet 192.0.2.131/20 mtu 9000 up
jexec vnb-plan-jail132 ifconfig epair132b inet 192.0.2.132/20 mtu 9000 up
jexec vnb-plan-jail133 ifconfig epair133b inet 192.0.2.133/20 mtu 9000 up
jexec vnb-plan-jail134 ifconfig epair134b inet 192.0.2.134/20 mtu 9000 up
jexec vnb-plan-jail135 ifconfig epair135b inet 192.0.2.135/20 mtu 9000 up
jexec vnb-plan-jail136 ifconfig epair136b inet 192.0.2.136/20 mtu 9000 up
jexec vnb-plan-jail137 ifconfig epair137b inet 192.0.2.137/20 mtu 9000 up
jexec vnb-plan-jail138 ifconfig epair138b inet 192.0.2.138/20 mtu 9000 up
jexec vnb-plan-jail139 ifconfig epair139b inet 192.0.2.139/20 mtu 9000 up
jexec vnb-plan-jail140 ifconfig epair140b inet 192.0.2.140/20 mtu 9000 up
jexec vnb-plan-jail141 ifconfig epair141b inet 192.0.2.141/20 mtu 9000 up
jexec vnb-plan-jail142 ifconfig epair142b inet 192.0.2.142/20 mtu 9000 up
jexec vnb-plan-jail143 ifconfig epair143b inet 192.0.2.143/20 mtu 9000 up
jexec vnb-plan-jail144 ifconfig epair144b inet 192.0.2.144/20 mtu 9000 up
jexec vnb-plan-jail145 ifconfig epair145b inet 192.0.2.145/20 mtu 9000 up
jexec vnb-plan-jail146 ifconfig epair146b inet 192.0.2.146/20 mtu 9000 up
jexec vnb-plan-jail147 ifconfig epair147b inet 192.0.2.147/20 mtu 9000 up
jexec vnb-plan-jail148 ifconfig epair148b inet 192.0.2.148/20 mtu 9000 up
jexec vnb-plan-jail149 ifconfig epair149b inet 192.0.2.149/20 mtu 9000 up
jexec vnb-plan-jail150 ifconfig epair150b inet 192.0.2.150/20 mtu 9000 up
jexec vnb-plan-jail151 ifconfig epair151b inet 192.0.2.151/20 mtu 9000 up
jexec vnb-plan-jail152 ifconfig epair152b inet 192.0.2.152/20 mtu 9000 up
jexec vnb-plan-jail153 ifconfig epair153b inet 192.0.2.153/20 mtu 9000 up
jexec vnb-plan-jail154 ifconfig epair154b inet 192.0.2.154/20 mtu 9000 up
jexec vnb-plan-jail155 ifconfig epair155b inet 192.0.2.155/20 mtu 9000 up
jexec vnb-plan-jail156 ifconfig epair156b inet 192.0.2.156/20 mtu 9000 up
jexec vnb-plan-jail157 ifconfig epair157b inet 192.0.2.157/20 mtu 9000 up
jexec vnb-plan-jail158 ifconfig epair158b inet 192.0.2.158/20 mtu 9000 up
jexec vnb-plan-jail159 ifconfig epair159b inet 192.0.2.159/20 mtu 9000 up
jexec vnb-plan-jail160 ifconfig epair160b inet 192.0.2.160/20 mtu 9000 up
jexec vnb-plan-jail161 ifconfig epair161b inet 192.0.2.161/20 mtu 9000 up
jexec vnb-plan-jail162 ifconfig epair162b inet 192.0.2.162/20 mtu 9000 up
jexec vnb-plan-jail163 ifconfig epair163b inet 192.0.2.163/20 mtu 9000 up
jexec vnb-plan-jail164 ifconfig epair164b inet 192.0.2.164/20 mtu 9000 up
jexec vnb-plan-jail165 ifconfig epair165b inet 192.0.2.165/20 mtu 9000 up
jexec vnb-plan-jail166 ifconfig epair166b inet 192.0.2.166/20 mtu 9000 up
jexec vnb-plan-jail167 ifconfig epair167b inet 192.0.2.167/20 mtu 9000 up
jexec vnb-plan-jail168 ifconfig epair168b inet 192.0.2.168/20 mtu 9000 up
jexec vnb-plan-jail169 ifconfig epair169b inet 192.0.2.169/20 mtu 9000 up
jexec vnb-plan-jail170 ifconfig epair170b inet 192.0.2.170/20 mtu 9000 up
jexec vnb-plan-jail171 ifconfig epair171b inet 192.0.2.171/20 mtu 9000 up
jexec vnb-plan-jail172 ifconfig epair172b inet 192.0.2.172/20 mtu 9000 up
jexec vnb-plan-jail173 ifconfig epair173b inet 192.0.2.173/20 mtu 9000 up
jexec vnb-plan-jail174 ifconfig epair174b inet 192.0.2.174/20 mtu 9000 up
jexec vnb-plan-jail175 ifconfig epair175b inet 192.0.2.175/20 mtu 9000 up
jexec vnb-plan-jail176 ifconfig epair176b inet 192.0.2.176/20 mtu 9000 up
jexec vnb-plan-jail177 ifconfig epair177b inet 192.0.2.177/20 mtu 9000 up
jexec vnb-plan-jail178 ifconfig epair178b inet 192.0.2.178/20 mtu 9000 up
jexec vnb-plan-jail179 ifconfig epair179b inet 192.0.2.179/20 mtu 9000 up
jexec vnb-plan-jail180 ifconfig epair180b inet 192.0.2.180/20 mtu 9000 up
jexec vnb-plan-jail181 ifconfig epair181b inet 192.0.2.181/20 mtu 9000 up
jexec vnb-plan-jail182 ifconfig epair182b inet 192.0.2.182/20 mtu 9000 up
jexec vnb-plan-jail183 ifconfig epair183b inet 192.0.2.183/20 mtu 9000 up
jexec vnb-plan-jail184 ifconfig epair184b inet 192.0.2.184/20 mtu 9000 up
jexec vnb-plan-jail185 ifconfig epair185b inet 192.0.2.185/20 mtu 9000 up
jexec vnb-plan-jail186 ifconfig epair186b inet 192.0.2.186/20 mtu 9000 up
jexec vnb-plan-jail187 ifconfig epair187b inet 192.0.2.187/20 mtu 9000 up
jexec vnb-plan-jail188 ifconfig epair188b inet 192.0.2.188/20 mtu 9000 up
jexec vnb-plan-jail189 ifconfig epair189b inet 192.0.2.189/20 mtu 9000 up
jexec vnb-plan-jail190 ifconfig epair190b inet 192.0.2.190/20 mtu 9000 up
jexec vnb-plan-jail191 ifconfig epair191b inet 192.0.2.191/20 mtu 9000 up
jexec vnb-plan-jail192 ifconfig epair192b inet 192.0.2.192/20 mtu 9000 up
jexec vnb-plan-jail193 ifconfig epair193b inet 192.0.2.193/20 mtu 9000 up
jexec vnb-plan-jail194 ifconfig epair194b inet 192.0.2.194/20 mtu 9000 up
jexec vnb-plan-jail195 ifconfig epair195b inet 192.0.2.195/20 mtu 9000 up
jexec vnb-plan-jail196 ifconfig epair196b inet 192.0.2.196/20 mtu 9000 up
jexec vnb-plan-jail197 ifconfig epair197b inet 192.0.2.197/20 mtu 9000 up
jexec vnb-plan-jail198 ifconfig epair198b inet 192.0.2.198/20 mtu 9000 up
jexec vnb-plan-jail199 ifconfig epair199b inet 192.0.2.199/20 mtu 9000 up
jexec vnb-plan-jail200 ifconfig epair200b inet 192.0.2.200/20 mtu 9000 up
jexec vnb-plan-jail201 ifconfig epair201b inet 192.0.2.201/20 mtu 9000 up
jexec vnb-plan-jail202 ifconfig epair202b inet 192.0.2.202/20 mtu 9000 up
jexec vnb-plan-jail203 ifconfig epair203b inet 192.0.2.203/20 mtu 9000 up
jexec vnb-plan-jail204 ifconfig epair204b inet 192.0.2.204/20 mtu 9000 up
jexec vnb-plan-jail205 ifconfig epair205b inet 192.0.2.205/20 mtu 9000 up
jexec vnb-plan-jail206 ifconfig epair206b inet 192.0.2.206/20 mtu 9000 up
jexec vnb-plan-jail207 ifconfig epair207b inet 192.0.2.207/20 mtu 9000 up
jexec vnb-plan-jail208 ifconfig epair208b inet 192.0.2.208/20 mtu 9000 up
jexec vnb-plan-jail209 ifconfig epair209b inet 192.0.2.209/20 mtu 9000 up
jexec vnb-plan-jail210 ifconfig epair210b inet 192.0.2.210/20 mtu 9000 up
jexec vnb-plan-jail211 ifconfig epair211b inet 192.0.2.211/20 mtu 9000 up
jexec vnb-plan-jail212 ifconfig epair212b inet 192.0.2.212/20 mtu 9000 up
jexec vnb-plan-jail213 ifconfig epair213b inet 192.0.2.213/20 mtu 9000 up
jexec vnb-plan-jail214 ifconfig epair214b inet 192.0.2.214/20 mtu 9000 up
jexec vnb-plan-jail215 ifconfig epair215b inet 192.0.2.215/20 mtu 9000 up
jexec vnb-plan-jail216 ifconfig epair216b inet 192.0.2.216/20 mtu 9000 up
jexec vnb-plan-jail217 ifconfig epair217b inet 192.0.2.217/20 mtu 9000 up
jexec vnb-plan-jail218 ifconfig epair218b inet 192.0.2.218/20 mtu 9000 up
jexec vnb-plan-jail219 ifconfig epair219b inet 192.0.2.219/20 mtu 9000 up
jexec vnb-plan-jail220 ifconfig epair220b inet 192.0.2.220/20 mtu 9000 up
jexec vnb-plan-jail221 ifconfig epair221b inet 192.0.2.221/20 mtu 9000 up
jexec vnb-plan-jail222 ifconfig epair222b inet 192.0.2.222/20 mtu 9000 up
jexec vnb-plan-jail223 ifconfig epair223b inet 192.0.2.223/20 mtu 9000 up
jexec vnb-plan-jail224 ifconfig epair224b inet 192.0.2.224/20 mtu 9000 up
jexec vnb-plan-jail225 ifconfig epair225b inet 192.0.2.225/20 mtu 9000 up
jexec vnb-plan-jail226 ifconfig epair226b inet 192.0.2.226/20 mtu 9000 up
jexec vnb-plan-jail227 ifconfig epair227b inet 192.0.2.227/20 mtu 9000 up
jexec vnb-plan-jail228 ifconfig epair228b inet 192.0.2.228/20 mtu 9000 up
jexec vnb-plan-jail229 ifconfig epair229b inet 192.0.2.229/20 mtu 9000 up
jexec vnb-plan-jail230 ifconfig epair230b inet 192.0.2.230/20 mtu 9000 up
jexec vnb-plan-jail231 ifconfig epair231b inet 192.0.2.231/20 mtu 9000 up
jexec vnb-plan-jail232 ifconfig epair232b inet 192.0.2.232/20 mtu 9000 up
jexec vnb-plan-jail233 ifconfig epair233b inet 192.0.2.233/20 mtu 9000 up
jexec vnb-plan-jail234 ifconfig epair234b inet 192.0.2.234/20 mtu 9000 up
jexec vnb-plan-jail235 ifconfig epair235b inet 192.0.2.235/20 mtu 9000 up
jexec vnb-plan-jail236 ifconfig epair236b inet 192.0.2.236/20 mtu 9000 up
jexec vnb-plan-jail237 ifconfig epair237b inet 192.0.2.237/20 mtu 9000 up
jexec vnb-plan-jail238 ifconfig epair238b inet 192.0.2.238/20 mtu 9000 up
jexec vnb-plan-jail239 ifconfig epair239b inet 192.0.2.239/20 mtu 9000 up
jexec vnb-plan-jail240 ifconfig epair240b inet 192.0.2.240/20 mtu 9000 up
jexec vnb-plan-jail241 ifconfig epair241b inet 192.0.2.241/20 mtu 9000 up
jexec vnb-plan-jail242 ifconfig epair242b inet 192.0.2.242/20 mtu 9000 up
jexec vnb-plan-jail243 ifconfig epair243b inet 192.0.2.243/20 mtu 9000 up
jexec vnb-plan-jail244 ifconfig epair244b inet 192.0.2.244/20 mtu 9000 up
jexec vnb-plan-jail245 ifconfig epair245b inet 192.0.2.245/20 mtu 9000 up
jexec vnb-plan-jail246 ifconfig epair246b inet 192.0.2.246/20 mtu 9000 up
jexec vnb-plan-jail247 ifconfig epair247b inet 192.0.2.247/20 mtu 9000 up
jexec vnb-plan-jail248 ifconfig epair248b inet 192.0.2.248/20 mtu 9000 up
jexec vnb-plan-jail249 ifconfig epair249b inet 192.0.2.249/20 mtu 9000 up
jexec vnb-plan-jail250 ifconfig epair250b inet 192.0.2.250/20 mtu 9000 up
jexec vnb-plan-jail251 ifconfig epair251b inet 192.0.2.251/20 mtu 9000 up
jexec vnb-plan-jail252 ifconfig epair252b inet 192.0.2.252/20 mtu 9000 up
jexec vnb-plan-jail253 ifconfig epair253b inet 192.0.2.253/20 mtu 9000 up
jexec vnb-plan-jail254 ifconfig epair254b inet 192.0.2.254/20 mtu 9000 up
jexec vnb-plan-jail255 ifconfig epair255b inet 192.0.2.255/20 mtu 9000 up
jexec vnb-plan-jail256 ifconfig epair256b inet 192.0.3.0/20 mtu 9000 up
jexec vnb-plan-jail257 ifconfig epair257b inet 192.0.3.1/20 mtu 9000 up
jexec vnb-plan-jail258 ifconfig epair258b inet 192.0.3.2/20 mtu 9000 up
jexec vnb-plan-jail259 ifconfig epair259b inet 192.0.3.3/20 mtu 9000 up
jexec vnb-plan-jail260 ifconfig epair260b inet 192.0.3.4/20 mtu 9000 up
jexec vnb-plan-jail261 ifconfig epair261b inet 192.0.3.5/20 mtu 9000 up
jexec vnb-plan-jail262 ifconfig epair262b inet 192.0.3.6/20 mtu 9000 up
jexec vnb-plan-jail263 ifconfig epair263b inet 192.0.3.7/20 mtu 9000 up
jexec vnb-plan-jail264 ifconfig epair264b inet 192.0.3.8/20 mtu 9000 up
jexec vnb-plan-jail265 ifconfig epair265b inet 192.0.3.9/20 mtu 9000 up
jexec vnb-plan-jail266 ifconfig epair266b inet 192.0.3.10/20 mtu 9000 up
jexec vnb-plan-jail267 ifconfig epair267b inet 192.0.3.11/20 mtu 9000 up
jexec vnb-plan-jail268 ifconfig epair268b inet 192.0.3.12/20 mtu 9000 up
jexec vnb-plan-jail269 ifconfig epair269b inet 192.0.3.13/20 mtu 9000 up
jexec vnb-plan-jail270 ifconfig epair270b inet 192.0.3.14/20 mtu 9000 up
jexec vnb-plan-jail271 ifconfig epair271b inet 192.0.3.15/20 mtu 9000 up
jexec vnb-plan-jail272 ifconfig epair272b inet 192.0.3.16/20 mtu 9000 up
jexec vnb-plan-jail273 ifconfig epair273b inet 192.0.3.17/20 mtu 9000 up
jexec vnb-plan-jail274 ifconfig epair274b inet 192.0.3.18/20 mtu 9000 up
jexec vnb-plan-jail275 ifconfig epair275b inet 192.0.3.19/20 mtu 9000 up
jexec vnb-plan-jail276 ifconfig epair276b inet 192.0.3.20/20 mtu 9000 up
jexec vnb-plan-jail277 ifconfig epair277b inet 192.0.3.21/20 mtu 9000 up
jexec vnb-plan-jail278 ifconfig epair278b inet 192.0.3.22/20 mtu 9000 up
jexec vnb-plan-jail279 ifconfig epair279b inet 192.0.3.23/20 mtu 9000 up
jexec vnb-plan-jail280 ifconfig epair280b inet 192.0.3.24/20 mtu 9000 up
jexec vnb-plan-jail281 ifconfig epair281b inet 192.0.3.25/20 mtu 9000 up
jexec vnb-plan-jail282 ifconfig epair282b inet 192.0.3.26/20 mtu 9000 up
jexec vnb-plan-jail283 ifconfig epair283b inet 192.0.3.27/20 mtu 9000 up
jexec vnb-plan-jail284 ifconfig epair284b inet 192.0.3.28/20 mtu 9000 up
jexec vnb-plan-jail285 ifconfig epair285b inet 192.0.3.29/20 mtu 9000 up
jexec vnb-plan-jail286 ifconfig epair286b inet 192.0.3.30/20 mtu 9000 up
jexec vnb-plan-jail287 ifconfig epair287b inet 192.0.3.31/20 mtu 9000 up
jexec vnb-plan-jail288 ifconfig epair288b inet 192.0.3.32/20 mtu 9000 up
jexec vnb-plan-jail289 ifconfig epair289b inet 192.0.3.33/20 mtu 9000 up
jexec vnb-plan-jail290 ifconfig epair290b inet 192.0.3.34/20 mtu 9000 up
jexec vnb-plan-jail291 ifconfig epair291b inet 192.0.3.35/20 mtu 9000 up
jexec vnb-plan-jail292 ifconfig epair292b inet 192.0.3.36/20 mtu 9000 up
jexec vnb-plan-jail293 ifconfig epair293b inet 192.0.3.37/20 mtu 9000 up
jexec vnb-plan-jail294 ifconfig epair294b inet 192.0.3.38/20 mtu 9000 up
jexec vnb-plan-jail295 ifconfig epair295b inet 192.0.3.39/20 mtu 9000 up
jexec vnb-plan-jail296 ifconfig epair296b inet 192.0.3.40/20 mtu 9000 up
jexec vnb-plan-jail297 ifconfig epair297b inet 192.0.3.41/20 mtu 9000 up
jexec vnb-plan-jail298 ifconfig epair298b inet 192.0.3.42/20 mtu 9000 up
jexec vnb-plan-jail299 ifconfig epair299b inet 192.0.3.43/20 mtu 9000 up
jexec vnb-plan-jail300 ifconfig epair300b inet 192.0.3.44/20 mtu 9000 up
jexec vnb-plan-jail301 ifconfig epair301b inet 192.0.3.45/20 mtu 9000 up
jexec vnb-plan-jail302 ifconfig epair302b inet 192.0.3.46/20 mtu 9000 up
jexec vnb-plan-jail303 ifconfig epair303b inet 192.0.3.47/20 mtu 9000 up
jexec vnb-plan-jail304 ifconfig epair304b inet 192.0.3.48/20 mtu 9000 up
jexec vnb-plan-jail305 ifconfig epair305b inet 192.0.3.49/20 mtu 9000 up
jexec vnb-plan-jail306 ifconfig epair306b inet 192.0.3.50/20 mtu 9000 up
jexec vnb-plan-jail307 ifconfig epair307b inet 192.0.3.51/20 mtu 9000 up
jexec vnb-plan-jail308 ifconfig epair308b inet 192.0.3.52/20 mtu 9000 up
jexec vnb-plan-jail309 ifconfig epair309b inet 192.0.3.53/20 mtu 9000 up
jexec vnb-plan-jail310 ifconfig epair310b inet 192.0.3.54/20 mtu 9000 up
jexec vnb-plan-jail311 ifconfig epair311b inet 192.0.3.55/20 mtu 9000 up
jexec vnb-plan-jail312 ifconfig epair312b inet 192.0.3.56/20 mtu 9000 up
jexec vnb-plan-jail313 ifconfig epair313b inet 192.0.3.57/20 mtu 9000 up
jexec vnb-plan-jail314 ifconfig epair314b inet 192.0.3.58/20 mtu 9000 up
jexec vnb-plan-jail315 ifconfig epair315b inet 192.0.3.59/20 mtu 9000 up
jexec vnb-plan-jail316 ifconfig epair316b inet 192.0.3.60/20 mtu 9000 up
jexec vnb-plan-jail317 ifconfig epair317b inet 192.0.3.61/20 mtu 9000 up
jexec vnb-plan-jail318 ifconfig epair318b inet 192.0.3.62/20 mtu 9000 up
jexec vnb-plan-jail319 ifconfig epair319b inet 192.0.3.63/20 mtu 9000 up
jexec vnb-plan-jail320 ifconfig epair320b inet 192.0.3.64/20 mtu 9000 up
jexec vnb-plan-jail321 ifconfig epair321b inet 192.0.3.65/20 mtu 9000 up
jexec vnb-plan-jail322 ifconfig epair322b inet 192.0.3.66/20 mtu 9000 up
jexec vnb-plan-jail323 ifconfig epair323b inet 192.0.3.67/20 mtu 9000 up
jexec vnb-plan-jail324 ifconfig epair324b inet 192.0.3.68/20 mtu 9000 up
jexec vnb-plan-jail325 ifconfig epair325b inet 192.0.3.69/20 mtu 9000 up
jexec vnb-plan-jail326 ifconfig epair326b inet 192.0.3.70/20 mtu 9000 up
jexec vnb-plan-jail327 ifconfig epair327b inet 192.0.3.71/20 mtu 9000 up
jexec vnb-plan-jail328 ifconfig epair328b inet 192.0.3.72/20 mtu 9000 up
jexec vnb-plan-jail329 ifconfig epair329b inet 192.0.3.73/20 mtu 9000 up
jexec vnb-plan-jail330 ifconfig epair330b inet 192.0.3.74/20 mtu 9000 up
jexec vnb-plan-jail331 ifconfig epair331b inet 192.0.3.75/20 mtu 9000 up
jexec vnb-plan-jail332 ifconfig epair332b inet 192.0.3.76/20 mtu 9000 up
jexec vnb-plan-jail333 ifconfig epair333b inet 192.0.3.77/20 mtu 9000 up
jexec vnb-plan-jail334 ifconfig epair334b inet 192.0.3.78/20 mtu 9000 up
jexec vnb-plan-jail335 ifconfig epair335b inet 192.0.3.79/20 mtu 9000 up
jexec vnb-plan-jail336 ifconfig epair336b inet 192.0.3.80/20 mtu 9000 up
jexec vnb-plan-jail337 ifconfig epair337b inet 192.0.3.81/20 mtu 9000 up
jexec vnb-plan-jail338 ifconfig epair338b inet 192.0.3.82/20 mtu 9000 up
jexec vnb-plan-jail339 ifconfig epair339b inet 192.0.3.83/20 mtu 9000 up
jexec vnb-plan-jail340 ifconfig epair340b inet 192.0.3.84/20 mtu 9000 up
jexec vnb-plan-jail341 ifconfig epair341b inet 192.0.3.85/20 mtu 9000 up
jexec vnb-plan-jail342 ifconfig epair342b inet 192.0.3.86/20 mtu 9000 up
jexec vnb-plan-jail343 ifconfig epair343b inet 192.0.3.87/20 mtu 9000 up
jexec vnb-plan-jail344 ifconfig epair344b inet 192.0.3.88/20 mtu 9000 up
jexec vnb-plan-jail345 ifconfig epair345b inet 192.0.3.89/20 mtu 9000 up
jexec vnb-plan-jail346 ifconfig epair346b inet 192.0.3.90/20 mtu 9000 up
jexec vnb-plan-jail347 ifconfig epair347b inet 192.0.3.91/20 mtu 9000 up
jexec vnb-plan-jail348 ifconfig epair348b inet 192.0.3.92/20 mtu 9000 up
jexec vnb-plan-jail349 ifconfig epair349b inet 192.0.3.93/20 mtu 9000 up
jexec vnb-plan-jail350 ifconfig epair350b inet 192.0.3.94/20 mtu 9000 up
jexec vnb-plan-jail351 ifconfig epair351b inet 192.0.3.95/20 mtu 9000 up
jexec vnb-plan-jail352 ifconfig epair352b inet 192.0.3.96/20 mtu 9000 up
jexec vnb-plan-jail353 ifconfig epair353b inet 192.0.3.97/20 mtu 9000 up
jexec vnb-plan-jail354 ifconfig epair354b inet 192.0.3.98/20 mtu 9000 up
jexec vnb-plan-jail355 ifconfig epair355b inet 192.0.3.99/20 mtu 9000 up
jexec vnb-plan-jail356 ifconfig epair356b inet 192.0.3.100/20 mtu 9000 up
jexec vnb-plan-jail357 ifconfig epair357b inet 192.0.3.101/20 mtu 9000 up
jexec vnb-plan-jail358 ifconfig epair358b inet 192.0.3.102/20 mtu 9000 up
jexec vnb-plan-jail359 ifconfig epair359b inet 192.0.3.103/20 mtu 9000 up
jexec vnb-plan-jail360 ifconfig epair360b inet 192.0.3.104/20 mtu 9000 up
jexec vnb-plan-jail361 ifconfig epair361b inet 192.0.3.105/20 mtu 9000 up
jexec vnb-plan-jail362 ifconfig epair362b inet 192.0.3.106/20 mtu 9000 up
jexec vnb-plan-jail363 ifconfig epair363b inet 192.0.3.107/20 mtu 9000 up
jexec vnb-plan-jail364 ifconfig epair364b inet 192.0.3.108/20 mtu 9000 up
jexec vnb-plan-jail365 ifconfig epair365b inet 192.0.3.109/20 mtu 9000 up
jexec vnb-plan-jail366 ifconfig epair366b inet 192.0.3.110/20 mtu 9000 up
jexec vnb-plan-jail367 ifconfig epair367b inet 192.0.3.111/20 mtu 9000 up
jexec vnb-plan-jail368 ifconfig epair368b inet 192.0.3.112/20 mtu 9000 up
jexec vnb-plan-jail369 ifconfig epair369b inet 192.0.3.113/20 mtu 9000 up
jexec vnb-plan-jail370 ifconfig epair370b inet 192.0.3.114/20 mtu 9000 up
jexec vnb-plan-jail371 ifconfig epair371b inet 192.0.3.115/20 mtu 9000 up
jexec vnb-plan-jail372 ifconfig epair372b inet 192.0.3.116/20 mtu 9000 up
jexec vnb-plan-jail373 ifconfig epair373b inet 192.0.3.117/20 mtu 9000 up
jexec vnb-plan-jail374 ifconfig epair374b inet 192.0.3.118/20 mtu 9000 up
jexec vnb-plan-jail375 ifconfig epair375b inet 192.0.3.119/20 mtu 9000 up
jexec vnb-plan-jail376 ifconfig epair376b inet 192.0.3.120/20 mtu 9000 up
jexec vnb-plan-jail377 ifconfig epair377b inet 192.0.3.121/20 mtu 9000 up
jexec vnb-plan-jail378 ifconfig epair378b inet 192.0.3.122/20 mtu 9000 up
jexec vnb-plan-jail379 ifconfig epair379b inet 192.0.3.123/20 mtu 9000 up
jexec vnb-plan-jail380 ifconfig epair380b inet 192.0.3.124/20 mtu 9000 up
jexec vnb-plan-jail381 ifconfig epair381b inet 192.0.3.125/20 mtu 9000 up
jexec vnb-plan-jail382 ifconfig epair382b inet 192.0.3.126/20 mtu 9000 up
jexec vnb-plan-jail383 ifconfig epair383b inet 192.0.3.127/20 mtu 9000 up
jexec vnb-plan-jail384 ifconfig epair384b inet 192.0.3.128/20 mtu 9000 up
jexec vnb-plan-jail385 ifconfig epair385b inet 192.0.3.129/20 mtu 9000 up
jexec vnb-plan-jail386 ifconfig epair386b inet 192.0.3.130/20 mtu 9000 up
jexec vnb-plan-jail387 ifconfig epair387b inet 192.0.3.131/20 mtu 9000 up
jexec vnb-plan-jail388 ifconfig epair388b inet 192.0.3.132/20 mtu 9000 up
jexec vnb-plan-jail389 ifconfig epair389b inet 192.0.3.133/20 mtu 9000 up
jexec vnb-plan-jail390 ifconfig epair390b inet 192.0.3.134/20 mtu 9000 up
jexec vnb-plan-jail391 ifconfig epair391b inet 192.0.3.135/20 mtu 9000 up
jexec vnb-plan-jail392 ifconfig epair392b inet 192.0.3.136/20 mtu 9000 up
jexec vnb-plan-jail393 ifconfig epair393b inet 192.0.3.137/20 mtu 9000 up
jexec vnb-plan-jail394 ifconfig epair394b inet 192.0.3.138/20 mtu 9000 up
jexec vnb-plan-jail395 ifconfig epair395b inet 192.0.3.139/20 mtu 9000 up
jexec vnb-plan-jail396 ifconfig epair396b inet 192.0.3.140/20 mtu 9000 up
jexec vnb-plan-jail397 ifconfig epair397b inet 192.0.3.141/20 mtu 9000 up
jexec vnb-plan-jail398 ifconfig epair398b inet 192.0.3.142/20 mtu 9000 up
jexec vnb-plan-jail399 ifconfig epair399b inet 192.0.3.143/20 mtu 9000 up
jexec vnb-plan-jail400 ifconfig epair400b inet 192.0.3.144/20 mtu 9000 up
jexec vnb-plan-jail401 ifconfig epair401b inet 192.0.3.145/20 mtu 9000 up
jexec vnb-plan-jail402 ifconfig epair402b inet 192.0.3.146/20 mtu 9000 up
jexec vnb-plan-jail403 ifconfig epair403b inet 192.0.3.147/20 mtu 9000 up
jexec vnb-plan-jail404 ifconfig epair404b inet 192.0.3.148/20 mtu 9000 up
jexec vnb-plan-jail405 ifconfig epair405b inet 192.0.3.149/20 mtu 9000 up
jexec vnb-plan-jail406 ifconfig epair406b inet 192.0.3.150/20 mtu 9000 up
jexec vnb-plan-jail407 ifconfig epair407b inet 192.0.3.151/20 mtu 9000 up
jexec vnb-plan-jail408 ifconfig epair408b inet 192.0.3.152/20 mtu 9000 up
jexec vnb-plan-jail409 ifconfig epair409b inet 192.0.3.153/20 mtu 9000 up
jexec vnb-plan-jail410 ifconfig epair410b inet 192.0.3.154/20 mtu 9000 up
jexec vnb-plan-jail411 ifconfig epair411b inet 192.0.3.155/20 mtu 9000 up
jexec vnb-plan-jail412 ifconfig epair412b inet 192.0.3.156/20 mtu 9000 up
jexec vnb-plan-jail413 ifconfig epair413b inet 192.0.3.157/20 mtu 9000 up
jexec vnb-plan-jail414 ifconfig epair414b inet 192.0.3.158/20 mtu 9000 up
jexec vnb-plan-jail415 ifconfig epair415b inet 192.0.3.159/20 mtu 9000 up
jexec vnb-plan-jail416 ifconfig epair416b inet 192.0.3.160/20 mtu 9000 up
jexec vnb-plan-jail417 ifconfig epair417b inet 192.0.3.161/20 mtu 9000 up
jexec vnb-plan-jail418 ifconfig epair418b inet 192.0.3.162/20 mtu 9000 up
jexec vnb-plan-jail419 ifconfig epair419b inet 192.0.3.163/20 mtu 9000 up
jexec vnb-plan-jail420 ifconfig epair420b inet 192.0.3.164/20 mtu 9000 up
jexec vnb-plan-jail421 ifconfig epair421b inet 192.0.3.165/20 mtu 9000 up
jexec vnb-plan-jail422 ifconfig epair422b inet 192.0.3.166/20 mtu 9000 up
jexec vnb-plan-jail423 ifconfig epair423b inet 192.0.3.167/20 mtu 9000 up
jexec vnb-plan-jail424 ifconfig epair424b inet 192.0.3.168/20 mtu 9000 up
jexec vnb-plan-jail425 ifconfig epair425b inet 192.0.3.169/20 mtu 9000 up
jexec vnb-plan-jail426 ifconfig epair426b inet 192.0.3.170/20 mtu 9000 up
jexec vnb-plan-jail427 ifconfig epair427b inet 192.0.3.171/20 mtu 9000 up
jexec vnb-plan-jail428 ifconfig epair428b inet 192.0.3.172/20 mtu 9000 up
jexec vnb-plan-jail429 ifconfig epair429b inet 192.0.3.173/20 mtu 9000 up
jexec vnb-plan-jail430 ifconfig epair430b inet 192.0.3.174/20 mtu 9000 up
jexec vnb-plan-jail431 ifconfig epair431b inet 192.0.3.175/20 mtu 9000 up
jexec vnb-plan-jail432 ifconfig epair432b inet 192.0.3.176/20 mtu 9000 up
jexec vnb-plan-jail433 ifconfig epair433b inet 192.0.3.177/20 mtu 9000 up
jexec vnb-plan-jail434 ifconfig epair434b inet 192.0.3.178/20 mtu 9000 up
jexec vnb-plan-jail435 ifconfig epair435b inet 192.0.3.179/20 mtu 9000 up
jexec vnb-plan-jail436 ifconfig epair436b inet 192.0.3.180/20 mtu 9000 up
jexec vnb-plan-jail437 ifconfig epair437b inet 192.0.3.181/20 mtu 9000 up
jexec vnb-plan-jail438 ifconfig epair438b inet 192.0.3.182/20 mtu 9000 up
jexec vnb-plan-jail439 ifconfig epair439b inet 192.0.3.183/20 mtu 9000 up
jexec vnb-plan-jail440 ifconfig epair440b inet 192.0.3.184/20 mtu 9000 up
jexec vnb-plan-jail441 ifconfig epair441b inet 192.0.3.185/20 mtu 9000 up
jexec vnb-plan-jail442 ifconfig epair442b inet 192.0.3.186/20 mtu 9000 up
jexec vnb-plan-jail443 ifconfig epair443b inet 192.0.3.187/20 mtu 9000 up
jexec vnb-plan-jail444 ifconfig epair444b inet 192.0.3.188/20 mtu 9000 up
jexec vnb-plan-jail445 ifconfig epair445b inet 192.0.3.189/20 mtu 9000 up
jexec vnb-plan-jail446 ifconfig epair446b inet 192.0.3.190/20 mtu 9000 up
jexec vnb-plan-jail447 ifconfig epair447b inet 192.0.3.191/20 mtu 9000 up
jexec vnb-plan-jail448 ifconfig epair448b inet 192.0.3.192/20 mtu 9000 up
jexec vnb-plan-jail449 ifconfig epair449b inet 192.0.3.193/20 mtu 9000 up
jexec vnb-plan-jail450 ifconfig epair450b inet 192.0.3.194/20 mtu 9000 up
jexec vnb-plan-jail451 ifconfig epair451b inet 192.0.3.195/20 mtu 9000 up
jexec vnb-plan-jail452 ifconfig epair452b inet 192.0.3.196/20 mtu 9000 up
jexec vnb-plan-jail453 ifconfig epair453b inet 192.0.3.197/20 mtu 9000 up
jexec vnb-plan-jail454 ifconfig epair454b inet 192.0.3.198/20 mtu 9000 up
jexec vnb-plan-jail455 ifconfig epair455b inet 192.0.3.199/20 mtu 9000 up
jexec vnb-plan-jail456 ifconfig epair456b inet 192.0.3.200/20 mtu 9000 up
jexec vnb-plan-jail457 ifconfig epair457b inet 192.0.3.201/20 mtu 9000 up
jexec vnb-plan-jail458 ifconfig epair458b inet 192.0.3.202/20 mtu 9000 up
jexec vnb-plan-jail459 ifconfig epair459b inet 192.0.3.203/20 mtu 9000 up
jexec vnb-plan-jail460 ifconfig epair460b inet 192.0.3.204/20 mtu 9000 up
jexec vnb-plan-jail461 ifconfig epair461b inet 192.0.3.205/20 mtu 9000 up
jexec vnb-plan-jail462 ifconfig epair462b inet 192.0.3.206/20 mtu 9000 up
jexec vnb-plan-jail463 ifconfig epair463b inet 192.0.3.207/20 mtu 9000 up
jexec vnb-plan-jail464 ifconfig epair464b inet 192.0.3.208/20 mtu 9000 up
jexec vnb-plan-jail465 ifconfig epair465b inet 192.0.3.209/20 mtu 9000 up
jexec vnb-plan-jail466 ifconfig epair466b inet 192.0.3.210/20 mtu 9000 up
jexec vnb-plan-jail467 ifconfig epair467b inet 192.0.3.211/20 mtu 9000 up
jexec vnb-plan-jail468 ifconfig epair468b inet 192.0.3.212/20 mtu 9000 up
jexec vnb-plan-jail469 ifconfig epair469b inet 192.0.3.213/20 mtu 9000 up
jexec vnb-plan-jail470 ifconfig epair470b inet 192.0.3.214/20 mtu 9000 up
jexec vnb-plan-jail471 ifconfig epair471b inet 192.0.3.215/20 mtu 9000 up
jexec vnb-plan-jail472 ifconfig epair472b inet 192.0.3.216/20 mtu 9000 up
jexec vnb-plan-jail473 ifconfig epair473b inet 192.0.3.217/20 mtu 9000 up
jexec vnb-plan-jail474 ifconfig epair474b inet 192.0.3.218/20 mtu 9000 up
jexec vnb-plan-jail475 ifconfig epair475b inet 192.0.3.219/20 mtu 9000 up
jexec vnb-plan-jail476 ifconfig epair476b inet 192.0.3.220/20 mtu 9000 up
jexec vnb-plan-jail477 ifconfig epair477b inet 192.0.3.221/20 mtu 9000 up
jexec vnb-plan-jail478 ifconfig epair478b inet 192.0.3.222/20 mtu 9000 up
jexec vnb-plan-jail479 ifconfig epair479b inet 192.0.3.223/20 mtu 9000 up
jexec vnb-plan-jail480 ifconfig epair480b inet 192.0.3.224/20 mtu 9000 up
jexec vnb-plan-jail1 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail1 ifconfig lo1 create inet 198.51.100.1/32 up
jexec vnb-plan-jail2 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail2 ifconfig lo1 create inet 198.51.100.2/32 up
jexec vnb-plan-jail3 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail3 ifconfig lo1 create inet 198.51.100.3/32 up
jexec vnb-plan-jail4 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail4 ifconfig lo1 create inet 198.51.100.4/32 up
jexec vnb-plan-jail5 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail5 ifconfig lo1 create inet 198.51.100.5/32 up
jexec vnb-plan-jail6 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail6 ifconfig lo1 create inet 198.51.100.6/32 up
jexec vnb-plan-jail7 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail7 ifconfig lo1 create inet 198.51.100.7/32 up
jexec vnb-plan-jail8 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail8 ifconfig lo1 create inet 198.51.100.8/32 up
jexec vnb-plan-jail9 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail9 ifconfig lo1 create inet 198.51.100.9/32 up
jexec vnb-plan-jail10 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail10 ifconfig lo1 create inet 198.51.100.10/32 up
jexec vnb-plan-jail11 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail11 ifconfig lo1 create inet 198.51.100.11/32 up
jexec vnb-plan-jail12 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail12 ifconfig lo1 create inet 198.51.100.12/32 up
jexec vnb-plan-jail13 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail13 ifconfig lo1 create inet 198.51.100.13/32 up
jexec vnb-plan-jail14 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail14 ifconfig lo1 create inet 198.51.100.14/32 up
jexec vnb-plan-jail15 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail15 ifconfig lo1 create inet 198.51.100.15/32 up
jexec vnb-plan-jail16 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail16 ifconfig lo1 create inet 198.51.100.16/32 up
jexec vnb-plan-jail17 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail17 ifconfig lo1 create inet 198.51.100.17/32 up
jexec vnb-plan-jail18 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail18 ifconfig lo1 create inet 198.51.100.18/32 up
jexec vnb-plan-jail19 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail19 ifconfig lo1 create inet 198.51.100.19/32 up
jexec vnb-plan-jail20 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail20 ifconfig lo1 create inet 198.51.100.20/32 up
jexec vnb-plan-jail21 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail21 ifconfig lo1 create inet 198.51.100.21/32 up
jexec vnb-plan-jail22 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail22 ifconfig lo1 create inet 198.51.100.22/32 up
jexec vnb-plan-jail23 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail23 ifconfig lo1 create inet 198.51.100.23/32 up
jexec vnb-plan-jail24 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail24 ifconfig lo1 create inet 198.51.100.24/32 up
jexec vnb-plan-jail25 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail25 ifconfig lo1 create inet 198.51.100.25/32 up
jexec vnb-plan-jail26 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail26 ifconfig lo1 create inet 198.51.100.26/32 up
jexec vnb-plan-jail27 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail27 ifconfig lo1 create inet 198.51.100.27/32 up
jexec vnb-plan-jail28 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail28 ifconfig lo1 create inet 198.51.100.28/32 up
jexec vnb-plan-jail29 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail29 ifconfig lo1 create inet 198.51.100.29/32 up
jexec vnb-plan-jail30 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail30 ifconfig lo1 create inet 198.51.100.30/32 up
jexec vnb-plan-jail31 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail31 ifconfig lo1 create inet 198.51.100.31/32 up
jexec vnb-plan-jail32 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail32 ifconfig lo1 create inet 198.51.100.32/32 up
jexec vnb-plan-jail33 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail33 ifconfig lo1 create inet 198.51.100.33/32 up
jexec vnb-plan-jail34 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail34 ifconfig lo1 create inet 198.51.100.34/32 up
jexec vnb-plan-jail35 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail35 ifconfig lo1 create inet 198.51.100.35/32 up
jexec vnb-plan-jail36 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail36 ifconfig lo1 create inet 198.51.100.36/32 up
jexec vnb-plan-jail37 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail37 ifconfig lo1 create inet 198.51.100.37/32 up
jexec vnb-plan-jail38 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail38 ifconfig lo1 create inet 198.51.100.38/32 up
jexec vnb-plan-jail39 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail39 ifconfig lo1 create inet 198.51.100.39/32 up
jexec vnb-plan-jail40 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail40 ifconfig lo1 create inet 198.51.100.40/32 up
jexec vnb-plan-jail41 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail41 ifconfig lo1 create inet 198.51.100.41/32 up
jexec vnb-plan-jail42 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail42 ifconfig lo1 create inet 198.51.100.42/32 up
jexec vnb-plan-jail43 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail43 ifconfig lo1 create inet 198.51.100.43/32 up
jexec vnb-plan-jail44 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail44 ifconfig lo1 create inet 198.51.100.44/32 up
jexec vnb-plan-jail45 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail45 ifconfig lo1 create inet 198.51.100.45/32 up
jexec vnb-plan-jail46 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail46 ifconfig lo1 create inet 198.51.100.46/32 up
jexec vnb-plan-jail47 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail47 ifconfig lo1 create inet 198.51.100.47/32 up
jexec vnb-plan-jail48 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail48 ifconfig lo1 create inet 198.51.100.48/32 up
jexec vnb-plan-jail49 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail49 ifconfig lo1 create inet 198.51.100.49/32 up
jexec vnb-plan-jail50 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail50 ifconfig lo1 create inet 198.51.100.50/32 up
jexec vnb-plan-jail51 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail51 ifconfig lo1 create inet 198.51.100.51/32 up
jexec vnb-plan-jail52 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail52 ifconfig lo1 create inet 198.51.100.52/32 up
jexec vnb-plan-jail53 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail53 ifconfig lo1 create inet 198.51.100.53/32 up
jexec vnb-plan-jail54 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail54 ifconfig lo1 create inet 198.51.100.54/32 up
jexec vnb-plan-jail55 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail55 ifconfig lo1 create inet 198.51.100.55/32 up
jexec vnb-plan-jail56 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail56 ifconfig lo1 create inet 198.51.100.56/32 up
jexec vnb-plan-jail57 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail57 ifconfig lo1 create inet 198.51.100.57/32 up
jexec vnb-plan-jail58 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail58 ifconfig lo1 create inet 198.51.100.58/32 up
jexec vnb-plan-jail59 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail59 ifconfig lo1 create inet 198.51.100.59/32 up
jexec vnb-plan-jail60 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail60 ifconfig lo1 create inet 198.51.100.60/32 up
jexec vnb-plan-jail61 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail61 ifconfig lo1 create inet 198.51.100.61/32 up
jexec vnb-plan-jail62 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail62 ifconfig lo1 create inet 198.51.100.62/32 up
jexec vnb-plan-jail63 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail63 ifconfig lo1 create inet 198.51.100.63/32 up
jexec vnb-plan-jail64 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail64 ifconfig lo1 create inet 198.51.100.64/32 up
jexec vnb-plan-jail65 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail65 ifconfig lo1 create inet 198.51.100.65/32 up
jexec vnb-plan-jail66 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail66 ifconfig lo1 create inet 198.51.100.66/32 up
jexec vnb-plan-jail67 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail67 ifconfig lo1 create inet 198.51.100.67/32 up
jexec vnb-plan-jail68 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail68 ifconfig lo1 create inet 198.51.100.68/32 up
jexec vnb-plan-jail69 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail69 ifconfig lo1 create inet 198.51.100.69/32 up
jexec vnb-plan-jail70 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail70 ifconfig lo1 create inet 198.51.100.70/32 up
jexec vnb-plan-jail71 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail71 ifconfig lo1 create inet 198.51.100.71/32 up
jexec vnb-plan-jail72 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail72 ifconfig lo1 create inet 198.51.100.72/32 up
jexec vnb-plan-jail73 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail73 ifconfig lo1 create inet 198.51.100.73/32 up
jexec vnb-plan-jail74 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail74 ifconfig lo1 create inet 198.51.100.74/32 up
jexec vnb-plan-jail75 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail75 ifconfig lo1 create inet 198.51.100.75/32 up
jexec vnb-plan-jail76 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail76 ifconfig lo1 create inet 198.51.100.76/32 up
jexec vnb-plan-jail77 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail77 ifconfig lo1 create inet 198.51.100.77/32 up
jexec vnb-plan-jail78 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail78 ifconfig lo1 create inet 198.51.100.78/32 up
jexec vnb-plan-jail79 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail79 ifconfig lo1 create inet 198.51.100.79/32 up
jexec vnb-plan-jail80 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail80 ifconfig lo1 create inet 198.51.100.80/32 up
jexec vnb-plan-jail81 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail81 ifconfig lo1 create inet 198.51.100.81/32 up
jexec vnb-plan-jail82 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail82 ifconfig lo1 create inet 198.51.100.82/32 up
jexec vnb-plan-jail83 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail83 ifconfig lo1 create inet 198.51.100.83/32 up
jexec vnb-plan-jail84 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail84 ifconfig lo1 create inet 198.51.100.84/32 up
jexec vnb-plan-jail85 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail85 ifconfig lo1 create inet 198.51.100.85/32 up
jexec vnb-plan-jail86 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail86 ifconfig lo1 create inet 198.51.100.86/32 up
jexec vnb-plan-jail87 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail87 ifconfig lo1 create inet 198.51.100.87/32 up
jexec vnb-plan-jail88 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail88 ifconfig lo1 create inet 198.51.100.88/32 up
jexec vnb-plan-jail89 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail89 ifconfig lo1 create inet 198.51.100.89/32 up
jexec vnb-plan-jail90 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail90 ifconfig lo1 create inet 198.51.100.90/32 up
jexec vnb-plan-jail91 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail91 ifconfig lo1 create inet 198.51.100.91/32 up
jexec vnb-plan-jail92 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail92 ifconfig lo1 create inet 198.51.100.92/32 up
jexec vnb-plan-jail93 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail93 ifconfig lo1 create inet 198.51.100.93/32 up
jexec vnb-plan-jail94 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail94 ifconfig lo1 create inet 198.51.100.94/32 up
jexec vnb-plan-jail95 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail95 ifconfig lo1 create inet 198.51.100.95/32 up
jexec vnb-plan-jail96 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail96 ifconfig lo1 create inet 198.51.100.96/32 up
jexec vnb-plan-jail97 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail97 ifconfig lo1 create inet 198.51.100.97/32 up
jexec vnb-plan-jail98 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail98 ifconfig lo1 create inet 198.51.100.98/32 up
jexec vnb-plan-jail99 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail99 ifconfig lo1 create inet 198.51.100.99/32 up
jexec vnb-plan-jail100 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail100 ifconfig lo1 create inet 198.51.100.100/32 up
jexec vnb-plan-jail101 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail101 ifconfig lo1 create inet 198.51.100.101/32 up
jexec vnb-plan-jail102 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail102 ifconfig lo1 create inet 198.51.100.102/32 up
jexec vnb-plan-jail103 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail103 ifconfig lo1 create inet 198.51.100.103/32 up
jexec vnb-plan-jail104 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail104 ifconfig lo1 create inet 198.51.100.104/32 up
jexec vnb-plan-jail105 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail105 ifconfig lo1 create inet 198.51.100.105/32 up
jexec vnb-plan-jail106 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail106 ifconfig lo1 create inet 198.51.100.106/32 up
jexec vnb-plan-jail107 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail107 ifconfig lo1 create inet 198.51.100.107/32 up
jexec vnb-plan-jail108 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail108 ifconfig lo1 create inet 198.51.100.108/32 up
jexec vnb-plan-jail109 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail109 ifconfig lo1 create inet 198.51.100.109/32 up
jexec vnb-plan-jail110 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail110 ifconfig lo1 create inet 198.51.100.110/32 up
jexec vnb-plan-jail111 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail111 ifconfig lo1 create inet 198.51.100.111/32 up
jexec vnb-plan-jail112 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail112 ifconfig lo1 create inet 198.51.100.112/32 up
jexec vnb-plan-jail113 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail113 ifconfig lo1 create inet 198.51.100.113/32 up
jexec vnb-plan-jail114 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail114 ifconfig lo1 create inet 198.51.100.114/32 up
jexec vnb-plan-jail115 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail115 ifconfig lo1 create inet 198.51.100.115/32 up
jexec vnb-plan-jail116 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail116 ifconfig lo1 create inet 198.51.100.116/32 up
jexec vnb-plan-jail117 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail117 ifconfig lo1 create inet 198.51.100.117/32 up
jexec vnb-plan-jail118 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail118 ifconfig lo1 create inet 198.51.100.118/32 up
jexec vnb-plan-jail119 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail119 ifconfig lo1 create inet 198.51.100.119/32 up
jexec vnb-plan-jail120 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail120 ifconfig lo1 create inet 198.51.100.120/32 up
jexec vnb-plan-jail121 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail121 ifconfig lo1 create inet 198.51.100.121/32 up
jexec vnb-plan-jail122 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail122 ifconfig lo1 create inet 198.51.100.122/32 up
jexec vnb-plan-jail123 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail123 ifconfig lo1 create inet 198.51.100.123/32 up
jexec vnb-plan-jail124 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail124 ifconfig lo1 create inet 198.51.100.124/32 up
jexec vnb-plan-jail125 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail125 ifconfig lo1 create inet 198.51.100.125/32 up
jexec vnb-plan-jail126 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail126 ifconfig lo1 create inet 198.51.100.126/32 up
jexec vnb-plan-jail127 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail127 ifconfig lo1 create inet 198.51.100.127/32 up
jexec vnb-plan-jail128 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail128 ifconfig lo1 create inet 198.51.100.128/32 up
jexec vnb-plan-jail129 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail129 ifconfig lo1 create inet 198.51.100.129/32 up
jexec vnb-plan-jail130 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail130 ifconfig lo1 create inet 198.51.100.130/32 up
jexec vnb-plan-jail131 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail131 ifconfig lo1 create inet 198.51.100.131/32 up
jexec vnb-plan-jail132 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail132 ifconfig lo1 create inet 198.51.100.132/32 up
jexec vnb-plan-jail133 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail133 ifconfig lo1 create inet 198.51.100.133/32 up
jexec vnb-plan-jail134 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail134 ifconfig lo1 create inet 198.51.100.134/32 up
jexec vnb-plan-jail135 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail135 ifconfig lo1 create inet 198.51.100.135/32 up
jexec vnb-plan-jail136 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail136 ifconfig lo1 create inet 198.51.100.136/32 up
jexec vnb-plan-jail137 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail137 ifconfig lo1 create inet 198.51.100.137/32 up
jexec vnb-plan-jail138 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail138 ifconfig lo1 create inet 198.51.100.138/32 up
jexec vnb-plan-jail139 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail139 ifconfig lo1 create inet 198.51.100.139/32 up
jexec vnb-plan-jail140 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail140 ifconfig lo1 create inet 198.51.100.140/32 up
jexec vnb-plan-jail141 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail141 ifconfig lo1 create inet 198.51.100.141/32 up
jexec vnb-plan-jail142 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail142 ifconfig lo1 create inet 198.51.100.142/32 up
jexec vnb-plan-jail143 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail143 ifconfig lo1 create inet 198.51.100.143/32 up
jexec vnb-plan-jail144 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail144 ifconfig lo1 create inet 198.51.100.144/32 up
jexec vnb-plan-jail145 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail145 ifconfig lo1 create inet 198.51.100.145/32 up
jexec vnb-plan-jail146 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail146 ifconfig lo1 create inet 198.51.100.146/32 up
jexec vnb-plan-jail147 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail147 ifconfig lo1 create inet 198.51.100.147/32 up
jexec vnb-plan-jail148 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail148 ifconfig lo1 create inet 198.51.100.148/32 up
jexec vnb-plan-jail149 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail149 ifconfig lo1 create inet 198.51.100.149/32 up
jexec vnb-plan-jail150 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail150 ifconfig lo1 create inet 198.51.100.150/32 up
jexec vnb-plan-jail151 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail151 ifconfig lo1 create inet 198.51.100.151/32 up
jexec vnb-plan-jail152 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail152 ifconfig lo1 create inet 198.51.100.152/32 up
jexec vnb-plan-jail153 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail153 ifconfig lo1 create inet 198.51.100.153/32 up
jexec vnb-plan-jail154 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail154 ifconfig lo1 create inet 198.51.100.154/32 up
jexec vnb-plan-jail155 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail155 ifconfig lo1 create inet 198.51.100.155/32 up
jexec vnb-plan-jail156 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail156 ifconfig lo1 create inet 198.51.100.156/32 up
jexec vnb-plan-jail157 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail157 ifconfig lo1 create inet 198.51.100.157/32 up
jexec vnb-plan-jail158 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail158 ifconfig lo1 create inet 198.51.100.158/32 up
jexec vnb-plan-jail159 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail159 ifconfig lo1 create inet 198.51.100.159/32 up
jexec vnb-plan-jail160 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail160 ifconfig lo1 create inet 198.51.100.160/32 up
jexec vnb-plan-jail161 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail161 ifconfig lo1 create inet 198.51.100.161/32 up
jexec vnb-plan-jail162 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail162 ifconfig lo1 create inet 198.51.100.162/32 up
jexec vnb-plan-jail163 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail163 ifconfig lo1 create inet 198.51.100.163/32 up
jexec vnb-plan-jail164 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail164 ifconfig lo1 create inet 198.51.100.164/32 up
jexec vnb-plan-jail165 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail165 ifconfig lo1 create inet 198.51.100.165/32 up
jexec vnb-plan-jail166 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail166 ifconfig lo1 create inet 198.51.100.166/32 up
jexec vnb-plan-jail167 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail167 ifconfig lo1 create inet 198.51.100.167/32 up
jexec vnb-plan-jail168 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail168 ifconfig lo1 create inet 198.51.100.168/32 up
jexec vnb-plan-jail169 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail169 ifconfig lo1 create inet 198.51.100.169/32 up
jexec vnb-plan-jail170 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail170 ifconfig lo1 create inet 198.51.100.170/32 up
jexec vnb-plan-jail171 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail171 ifconfig lo1 create inet 198.51.100.171/32 up
jexec vnb-plan-jail172 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail172 ifconfig lo1 create inet 198.51.100.172/32 up
jexec vnb-plan-jail173 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail173 ifconfig lo1 create inet 198.51.100.173/32 up
jexec vnb-plan-jail174 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail174 ifconfig lo1 create inet 198.51.100.174/32 up
jexec vnb-plan-jail175 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail175 ifconfig lo1 create inet 198.51.100.175/32 up
jexec vnb-plan-jail176 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail176 ifconfig lo1 create inet 198.51.100.176/32 up
jexec vnb-plan-jail177 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail177 ifconfig lo1 create inet 198.51.100.177/32 up
jexec vnb-plan-jail178 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail178 ifconfig lo1 create inet 198.51.100.178/32 up
jexec vnb-plan-jail179 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail179 ifconfig lo1 create inet 198.51.100.179/32 up
jexec vnb-plan-jail180 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail180 ifconfig lo1 create inet 198.51.100.180/32 up
jexec vnb-plan-jail181 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail181 ifconfig lo1 create inet 198.51.100.181/32 up
jexec vnb-plan-jail182 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail182 ifconfig lo1 create inet 198.51.100.182/32 up
jexec vnb-plan-jail183 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail183 ifconfig lo1 create inet 198.51.100.183/32 up
jexec vnb-plan-jail184 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail184 ifconfig lo1 create inet 198.51.100.184/32 up
jexec vnb-plan-jail185 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail185 ifconfig lo1 create inet 198.51.100.185/32 up
jexec vnb-plan-jail186 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail186 ifconfig lo1 create inet 198.51.100.186/32 up
jexec vnb-plan-jail187 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail187 ifconfig lo1 create inet 198.51.100.187/32 up
jexec vnb-plan-jail188 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail188 ifconfig lo1 create inet 198.51.100.188/32 up
jexec vnb-plan-jail189 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail189 ifconfig lo1 create inet 198.51.100.189/32 up
jexec vnb-plan-jail190 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail190 ifconfig lo1 create inet 198.51.100.190/32 up
jexec vnb-plan-jail191 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail191 ifconfig lo1 create inet 198.51.100.191/32 up
jexec vnb-plan-jail192 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail192 ifconfig lo1 create inet 198.51.100.192/32 up
jexec vnb-plan-jail193 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail193 ifconfig lo1 create inet 198.51.100.193/32 up
jexec vnb-plan-jail194 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail194 ifconfig lo1 create inet 198.51.100.194/32 up
jexec vnb-plan-jail195 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail195 ifconfig lo1 create inet 198.51.100.195/32 up
jexec vnb-plan-jail196 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail196 ifconfig lo1 create inet 198.51.100.196/32 up
jexec vnb-plan-jail197 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail197 ifconfig lo1 create inet 198.51.100.197/32 up
jexec vnb-plan-jail198 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail198 ifconfig lo1 create inet 198.51.100.198/32 up
jexec vnb-plan-jail199 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail199 ifconfig lo1 create inet 198.51.100.199/32 up
jexec vnb-plan-jail200 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail200 ifconfig lo1 create inet 198.51.100.200/32 up
jexec vnb-plan-jail201 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail201 ifconfig lo1 create inet 198.51.100.201/32 up
jexec vnb-plan-jail202 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail202 ifconfig lo1 create inet 198.51.100.202/32 up
jexec vnb-plan-jail203 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail203 ifconfig lo1 create inet 198.51.100.203/32 up
jexec vnb-plan-jail204 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail204 ifconfig lo1 create inet 198.51.100.204/32 up
jexec vnb-plan-jail205 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail205 ifconfig lo1 create inet 198.51.100.205/32 up
jexec vnb-plan-jail206 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail206 ifconfig lo1 create inet 198.51.100.206/32 up
jexec vnb-plan-jail207 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail207 ifconfig lo1 create inet 198.51.100.207/32 up
jexec vnb-plan-jail208 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail208 ifconfig lo1 create inet 198.51.100.208/32 up
jexec vnb-plan-jail209 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail209 ifconfig lo1 create inet 198.51.100.209/32 up
jexec vnb-plan-jail210 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail210 ifconfig lo1 create inet 198.51.100.210/32 up
jexec vnb-plan-jail211 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail211 ifconfig lo1 create inet 198.51.100.211/32 up
jexec vnb-plan-jail212 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail212 ifconfig lo1 create inet 198.51.100.212/32 up
jexec vnb-plan-jail213 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail213 ifconfig lo1 create inet 198.51.100.213/32 up
jexec vnb-plan-jail214 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail214 ifconfig lo1 create inet 198.51.100.214/32 up
jexec vnb-plan-jail215 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail215 ifconfig lo1 create inet 198.51.100.215/32 up
jexec vnb-plan-jail216 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail216 ifconfig lo1 create inet 198.51.100.216/32 up
jexec vnb-plan-jail217 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail217 ifconfig lo1 create inet 198.51.100.217/32 up
jexec vnb-plan-jail218 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail218 ifconfig lo1 create inet 198.51.100.218/32 up
jexec vnb-plan-jail219 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail219 ifconfig lo1 create inet 198.51.100.219/32 up
jexec vnb-plan-jail220 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail220 ifconfig lo1 create inet 198.51.100.220/32 up
jexec vnb-plan-jail221 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail221 ifconfig lo1 create inet 198.51.100.221/32 up
jexec vnb-plan-jail222 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail222 ifconfig lo1 create inet 198.51.100.222/32 up
jexec vnb-plan-jail223 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail223 ifconfig lo1 create inet 198.51.100.223/32 up
jexec vnb-plan-jail224 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail224 ifconfig lo1 create inet 198.51.100.224/32 up
jexec vnb-plan-jail225 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail225 ifconfig lo1 create inet 198.51.100.225/32 up
jexec vnb-plan-jail226 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail226 ifconfig lo1 create inet 198.51.100.226/32 up
jexec vnb-plan-jail227 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail227 ifconfig lo1 create inet 198.51.100.227/32 up
jexec vnb-plan-jail228 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail228 ifconfig lo1 create inet 198.51.100.228/32 up
jexec vnb-plan-jail229 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail229 ifconfig lo1 create inet 198.51.100.229/32 up
jexec vnb-plan-jail230 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail230 ifconfig lo1 create inet 198.51.100.230/32 up
jexec vnb-plan-jail231 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail231 ifconfig lo1 create inet 198.51.100.231/32 up
jexec vnb-plan-jail232 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail232 ifconfig lo1 create inet 198.51.100.232/32 up
jexec vnb-plan-jail233 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail233 ifconfig lo1 create inet 198.51.100.233/32 up
jexec vnb-plan-jail234 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail234 ifconfig lo1 create inet 198.51.100.234/32 up
jexec vnb-plan-jail235 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail235 ifconfig lo1 create inet 198.51.100.235/32 up
jexec vnb-plan-jail236 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail236 ifconfig lo1 create inet 198.51.100.236/32 up
jexec vnb-plan-jail237 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail237 ifconfig lo1 create inet 198.51.100.237/32 up
jexec vnb-plan-jail238 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail238 ifconfig lo1 create inet 198.51.100.238/32 up
jexec vnb-plan-jail239 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail239 ifconfig lo1 create inet 198.51.100.239/32 up
jexec vnb-plan-jail240 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail240 ifconfig lo1 create inet 198.51.100.240/32 up
jexec vnb-plan-jail241 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail241 ifconfig lo1 create inet 198.51.100.241/32 up
jexec vnb-plan-jail242 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail242 ifconfig lo1 create inet 198.51.100.242/32 up
jexec vnb-plan-jail243 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail243 ifconfig lo1 create inet 198.51.100.243/32 up
jexec vnb-plan-jail244 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail244 ifconfig lo1 create inet 198.51.100.244/32 up
jexec vnb-plan-jail245 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail245 ifconfig lo1 create inet 198.51.100.245/32 up
jexec vnb-plan-jail246 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail246 ifconfig lo1 create inet 198.51.100.246/32 up
jexec vnb-plan-jail247 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail247 ifconfig lo1 create inet 198.51.100.247/32 up
jexec vnb-plan-jail248 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail248 ifconfig lo1 create inet 198.51.100.248/32 up
jexec vnb-plan-jail249 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail249 ifconfig lo1 create inet 198.51.100.249/32 up
jexec vnb-plan-jail250 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail250 ifconfig lo1 create inet 198.51.100.250/32 up
jexec vnb-plan-jail251 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail251 ifconfig lo1 create inet 198.51.100.251/32 up
jexec vnb-plan-jail252 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail252 ifconfig lo1 create inet 198.51.100.252/32 up
jexec vnb-plan-jail253 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail253 ifconfig lo1 create inet 198.51.100.253/32 up
jexec vnb-plan-jail254 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail254 ifconfig lo1 create inet 198.51.100.254/32 up
jexec vnb-plan-jail255 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail255 ifconfig lo1 create inet 198.51.100.255/32 up
jexec vnb-plan-jail256 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail256 ifconfig lo1 create inet 198.51.101.0/32 up
jexec vnb-plan-jail257 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail257 ifconfig lo1 create inet 198.51.101.1/32 up
jexec vnb-plan-jail258 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail258 ifconfig lo1 create inet 198.51.101.2/32 up
jexec vnb-plan-jail259 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail259 ifconfig lo1 create inet 198.51.101.3/32 up
jexec vnb-plan-jail260 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail260 ifconfig lo1 create inet 198.51.101.4/32 up
jexec vnb-plan-jail261 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail261 ifconfig lo1 create inet 198.51.101.5/32 up
jexec vnb-plan-jail262 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail262 ifconfig lo1 create inet 198.51.101.6/32 up
jexec vnb-plan-jail263 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail263 ifconfig lo1 create inet 198.51.101.7/32 up
jexec vnb-plan-jail264 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail264 ifconfig lo1 create inet 198.51.101.8/32 up
jexec vnb-plan-jail265 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail265 ifconfig lo1 create inet 198.51.101.9/32 up
jexec vnb-plan-jail266 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail266 ifconfig lo1 create inet 198.51.101.10/32 up
jexec vnb-plan-jail267 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail267 ifconfig lo1 create inet 198.51.101.11/32 up
jexec vnb-plan-jail268 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail268 ifconfig lo1 create inet 198.51.101.12/32 up
jexec vnb-plan-jail269 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail269 ifconfig lo1 create inet 198.51.101.13/32 up
jexec vnb-plan-jail270 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail270 ifconfig lo1 create inet 198.51.101.14/32 up
jexec vnb-plan-jail271 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail271 ifconfig lo1 create inet 198.51.101.15/32 up
jexec vnb-plan-jail272 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail272 ifconfig lo1 create inet 198.51.101.16/32 up
jexec vnb-plan-jail273 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail273 ifconfig lo1 create inet 198.51.101.17/32 up
jexec vnb-plan-jail274 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail274 ifconfig lo1 create inet 198.51.101.18/32 up
jexec vnb-plan-jail275 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail275 ifconfig lo1 create inet 198.51.101.19/32 up
jexec vnb-plan-jail276 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail276 ifconfig lo1 create inet 198.51.101.20/32 up
jexec vnb-plan-jail277 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail277 ifconfig lo1 create inet 198.51.101.21/32 up
jexec vnb-plan-jail278 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail278 ifconfig lo1 create inet 198.51.101.22/32 up
jexec vnb-plan-jail279 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail279 ifconfig lo1 create inet 198.51.101.23/32 up
jexec vnb-plan-jail280 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail280 ifconfig lo1 create inet 198.51.101.24/32 up
jexec vnb-plan-jail281 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail281 ifconfig lo1 create inet 198.51.101.25/32 up
jexec vnb-plan-jail282 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail282 ifconfig lo1 create inet 198.51.101.26/32 up
jexec vnb-plan-jail283 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail283 ifconfig lo1 create inet 198.51.101.27/32 up
jexec vnb-plan-jail284 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail284 ifconfig lo1 create inet 198.51.101.28/32 up
jexec vnb-plan-jail285 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail285 ifconfig lo1 create inet 198.51.101.29/32 up
jexec vnb-plan-jail286 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail286 ifconfig lo1 create inet 198.51.101.30/32 up
jexec vnb-plan-jail287 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail287 ifconfig lo1 create inet 198.51.101.31/32 up
jexec vnb-plan-jail288 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail288 ifconfig lo1 create inet 198.51.101.32/32 up
jexec vnb-plan-jail289 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail289 ifconfig lo1 create inet 198.51.101.33/32 up
jexec vnb-plan-jail290 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail290 ifconfig lo1 create inet 198.51.101.34/32 up
jexec vnb-plan-jail291 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail291 ifconfig lo1 create inet 198.51.101.35/32 up
jexec vnb-plan-jail292 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail292 ifconfig lo1 create inet 198.51.101.36/32 up
jexec vnb-plan-jail293 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail293 ifconfig lo1 create inet 198.51.101.37/32 up
jexec vnb-plan-jail294 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail294 ifconfig lo1 create inet 198.51.101.38/32 up
jexec vnb-plan-jail295 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail295 ifconfig lo1 create inet 198.51.101.39/32 up
jexec vnb-plan-jail296 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail296 ifconfig lo1 create inet 198.51.101.40/32 up
jexec vnb-plan-jail297 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail297 ifconfig lo1 create inet 198.51.101.41/32 up
jexec vnb-plan-jail298 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail298 ifconfig lo1 create inet 198.51.101.42/32 up
jexec vnb-plan-jail299 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail299 ifconfig lo1 create inet 198.51.101.43/32 up
jexec vnb-plan-jail300 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail300 ifconfig lo1 create inet 198.51.101.44/32 up
jexec vnb-plan-jail301 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail301 ifconfig lo1 create inet 198.51.101.45/32 up
jexec vnb-plan-jail302 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail302 ifconfig lo1 create inet 198.51.101.46/32 up
jexec vnb-plan-jail303 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail303 ifconfig lo1 create inet 198.51.101.47/32 up
jexec vnb-plan-jail304 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail304 ifconfig lo1 create inet 198.51.101.48/32 up
jexec vnb-plan-jail305 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail305 ifconfig lo1 create inet 198.51.101.49/32 up
jexec vnb-plan-jail306 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail306 ifconfig lo1 create inet 198.51.101.50/32 up
jexec vnb-plan-jail307 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail307 ifconfig lo1 create inet 198.51.101.51/32 up
jexec vnb-plan-jail308 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail308 ifconfig lo1 create inet 198.51.101.52/32 up
jexec vnb-plan-jail309 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail309 ifconfig lo1 create inet 198.51.101.53/32 up
jexec vnb-plan-jail310 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail310 ifconfig lo1 create inet 198.51.101.54/32 up
jexec vnb-plan-jail311 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail311 ifconfig lo1 create inet 198.51.101.55/32 up
jexec vnb-plan-jail312 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail312 ifconfig lo1 create inet 198.51.101.56/32 up
jexec vnb-plan-jail313 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail313 ifconfig lo1 create inet 198.51.101.57/32 up
jexec vnb-plan-jail314 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail314 ifconfig lo1 create inet 198.51.101.58/32 up
jexec vnb-plan-jail315 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail315 ifconfig lo1 create inet 198.51.101.59/32 up
jexec vnb-plan-jail316 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail316 ifconfig lo1 create inet 198.51.101.60/32 up
jexec vnb-plan-jail317 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail317 ifconfig lo1 create inet 198.51.101.61/32 up
jexec vnb-plan-jail318 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail318 ifconfig lo1 create inet 198.51.101.62/32 up
jexec vnb-plan-jail319 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail319 ifconfig lo1 create inet 198.51.101.63/32 up
jexec vnb-plan-jail320 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail320 ifconfig lo1 create inet 198.51.101.64/32 up
jexec vnb-plan-jail321 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail321 ifconfig lo1 create inet 198.51.101.65/32 up
jexec vnb-plan-jail322 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail322 ifconfig lo1 create inet 198.51.101.66/32 up
jexec vnb-plan-jail323 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail323 ifconfig lo1 create inet 198.51.101.67/32 up
jexec vnb-plan-jail324 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail324 ifconfig lo1 create inet 198.51.101.68/32 up
jexec vnb-plan-jail325 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail325 ifconfig lo1 create inet 198.51.101.69/32 up
jexec vnb-plan-jail326 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail326 ifconfig lo1 create inet 198.51.101.70/32 up
jexec vnb-plan-jail327 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail327 ifconfig lo1 create inet 198.51.101.71/32 up
jexec vnb-plan-jail328 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail328 ifconfig lo1 create inet 198.51.101.72/32 up
jexec vnb-plan-jail329 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail329 ifconfig lo1 create inet 198.51.101.73/32 up
jexec vnb-plan-jail330 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail330 ifconfig lo1 create inet 198.51.101.74/32 up
jexec vnb-plan-jail331 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail331 ifconfig lo1 create inet 198.51.101.75/32 up
jexec vnb-plan-jail332 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail332 ifconfig lo1 create inet 198.51.101.76/32 up
jexec vnb-plan-jail333 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail333 ifconfig lo1 create inet 198.51.101.77/32 up
jexec vnb-plan-jail334 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail334 ifconfig lo1 create inet 198.51.101.78/32 up
jexec vnb-plan-jail335 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail335 ifconfig lo1 create inet 198.51.101.79/32 up
jexec vnb-plan-jail336 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail336 ifconfig lo1 create inet 198.51.101.80/32 up
jexec vnb-plan-jail337 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail337 ifconfig lo1 create inet 198.51.101.81/32 up
jexec vnb-plan-jail338 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail338 ifconfig lo1 create inet 198.51.101.82/32 up
jexec vnb-plan-jail339 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail339 ifconfig lo1 create inet 198.51.101.83/32 up
jexec vnb-plan-jail340 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail340 ifconfig lo1 create inet 198.51.101.84/32 up
jexec vnb-plan-jail341 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail341 ifconfig lo1 create inet 198.51.101.85/32 up
jexec vnb-plan-jail342 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail342 ifconfig lo1 create inet 198.51.101.86/32 up
jexec vnb-plan-jail343 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail343 ifconfig lo1 create inet 198.51.101.87/32 up
jexec vnb-plan-jail344 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail344 ifconfig lo1 create inet 198.51.101.88/32 up
jexec vnb-plan-jail345 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail345 ifconfig lo1 create inet 198.51.101.89/32 up
jexec vnb-plan-jail346 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail346 ifconfig lo1 create inet 198.51.101.90/32 up
jexec vnb-plan-jail347 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail347 ifconfig lo1 create inet 198.51.101.91/32 up
jexec vnb-plan-jail348 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail348 ifconfig lo1 create inet 198.51.101.92/32 up
jexec vnb-plan-jail349 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail349 ifconfig lo1 create inet 198.51.101.93/32 up
jexec vnb-plan-jail350 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail350 ifconfig lo1 create inet 198.51.101.94/32 up
jexec vnb-plan-jail351 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail351 ifconfig lo1 create inet 198.51.101.95/32 up
jexec vnb-plan-jail352 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail352 ifconfig lo1 create inet 198.51.101.96/32 up
jexec vnb-plan-jail353 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail353 ifconfig lo1 create inet 198.51.101.97/32 up
jexec vnb-plan-jail354 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail354 ifconfig lo1 create inet 198.51.101.98/32 up
jexec vnb-plan-jail355 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail355 ifconfig lo1 create inet 198.51.101.99/32 up
jexec vnb-plan-jail356 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail356 ifconfig lo1 create inet 198.51.101.100/32 up
jexec vnb-plan-jail357 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail357 ifconfig lo1 create inet 198.51.101.101/32 up
jexec vnb-plan-jail358 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail358 ifconfig lo1 create inet 198.51.101.102/32 up
jexec vnb-plan-jail359 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail359 ifconfig lo1 create inet 198.51.101.103/32 up
jexec vnb-plan-jail360 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail360 ifconfig lo1 create inet 198.51.101.104/32 up
jexec vnb-plan-jail361 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail361 ifconfig lo1 create inet 198.51.101.105/32 up
jexec vnb-plan-jail362 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail362 ifconfig lo1 create inet 198.51.101.106/32 up
jexec vnb-plan-jail363 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail363 ifconfig lo1 create inet 198.51.101.107/32 up
jexec vnb-plan-jail364 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail364 ifconfig lo1 create inet 198.51.101.108/32 up
jexec vnb-plan-jail365 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail365 ifconfig lo1 create inet 198.51.101.109/32 up
jexec vnb-plan-jail366 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail366 ifconfig lo1 create inet 198.51.101.110/32 up
jexec vnb-plan-jail367 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail367 ifconfig lo1 create inet 198.51.101.111/32 up
jexec vnb-plan-jail368 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail368 ifconfig lo1 create inet 198.51.101.112/32 up
jexec vnb-plan-jail369 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail369 ifconfig lo1 create inet 198.51.101.113/32 up
jexec vnb-plan-jail370 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail370 ifconfig lo1 create inet 198.51.101.114/32 up
jexec vnb-plan-jail371 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail371 ifconfig lo1 create inet 198.51.101.115/32 up
jexec vnb-plan-jail372 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail372 ifconfig lo1 create inet 198.51.101.116/32 up
jexec vnb-plan-jail373 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail373 ifconfig lo1 create inet 198.51.101.117/32 up
jexec vnb-plan-jail374 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail374 ifconfig lo1 create inet 198.51.101.118/32 up
jexec vnb-plan-jail375 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail375 ifconfig lo1 create inet 198.51.101.119/32 up
jexec vnb-plan-jail376 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail376 ifconfig lo1 create inet 198.51.101.120/32 up
jexec vnb-plan-jail377 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail377 ifconfig lo1 create inet 198.51.101.121/32 up
jexec vnb-plan-jail378 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail378 ifconfig lo1 create inet 198.51.101.122/32 up
jexec vnb-plan-jail379 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail379 ifconfig lo1 create inet 198.51.101.123/32 up
jexec vnb-plan-jail380 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail380 ifconfig lo1 create inet 198.51.101.124/32 up
jexec vnb-plan-jail381 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail381 ifconfig lo1 create inet 198.51.101.125/32 up
jexec vnb-plan-jail382 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail382 ifconfig lo1 create inet 198.51.101.126/32 up
jexec vnb-plan-jail383 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail383 ifconfig lo1 create inet 198.51.101.127/32 up
jexec vnb-plan-jail384 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail384 ifconfig lo1 create inet 198.51.101.128/32 up
jexec vnb-plan-jail385 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail385 ifconfig lo1 create inet 198.51.101.129/32 up
jexec vnb-plan-jail386 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail386 ifconfig lo1 create inet 198.51.101.130/32 up
jexec vnb-plan-jail387 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail387 ifconfig lo1 create inet 198.51.101.131/32 up
jexec vnb-plan-jail388 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail388 ifconfig lo1 create inet 198.51.101.132/32 up
jexec vnb-plan-jail389 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail389 ifconfig lo1 create inet 198.51.101.133/32 up
jexec vnb-plan-jail390 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail390 ifconfig lo1 create inet 198.51.101.134/32 up
jexec vnb-plan-jail391 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail391 ifconfig lo1 create inet 198.51.101.135/32 up
jexec vnb-plan-jail392 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail392 ifconfig lo1 create inet 198.51.101.136/32 up
jexec vnb-plan-jail393 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail393 ifconfig lo1 create inet 198.51.101.137/32 up
jexec vnb-plan-jail394 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail394 ifconfig lo1 create inet 198.51.101.138/32 up
jexec vnb-plan-jail395 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail395 ifconfig lo1 create inet 198.51.101.139/32 up
jexec vnb-plan-jail396 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail396 ifconfig lo1 create inet 198.51.101.140/32 up
jexec vnb-plan-jail397 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail397 ifconfig lo1 create inet 198.51.101.141/32 up
jexec vnb-plan-jail398 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail398 ifconfig lo1 create inet 198.51.101.142/32 up
jexec vnb-plan-jail399 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail399 ifconfig lo1 create inet 198.51.101.143/32 up
jexec vnb-plan-jail400 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail400 ifconfig lo1 create inet 198.51.101.144/32 up
jexec vnb-plan-jail401 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail401 ifconfig lo1 create inet 198.51.101.145/32 up
jexec vnb-plan-jail402 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail402 ifconfig lo1 create inet 198.51.101.146/32 up
jexec vnb-plan-jail403 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail403 ifconfig lo1 create inet 198.51.101.147/32 up
jexec vnb-plan-jail404 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail404 ifconfig lo1 create inet 198.51.101.148/32 up
jexec vnb-plan-jail405 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail405 ifconfig lo1 create inet 198.51.101.149/32 up
jexec vnb-plan-jail406 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail406 ifconfig lo1 create inet 198.51.101.150/32 up
jexec vnb-plan-jail407 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail407 ifconfig lo1 create inet 198.51.101.151/32 up
jexec vnb-plan-jail408 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail408 ifconfig lo1 create inet 198.51.101.152/32 up
jexec vnb-plan-jail409 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail409 ifconfig lo1 create inet 198.51.101.153/32 up
jexec vnb-plan-jail410 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail410 ifconfig lo1 create inet 198.51.101.154/32 up
jexec vnb-plan-jail411 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail411 ifconfig lo1 create inet 198.51.101.155/32 up
jexec vnb-plan-jail412 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail412 ifconfig lo1 create inet 198.51.101.156/32 up
jexec vnb-plan-jail413 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail413 ifconfig lo1 create inet 198.51.101.157/32 up
jexec vnb-plan-jail414 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail414 ifconfig lo1 create inet 198.51.101.158/32 up
jexec vnb-plan-jail415 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail415 ifconfig lo1 create inet 198.51.101.159/32 up
jexec vnb-plan-jail416 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail416 ifconfig lo1 create inet 198.51.101.160/32 up
jexec vnb-plan-jail417 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail417 ifconfig lo1 create inet 198.51.101.161/32 up
jexec vnb-plan-jail418 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail418 ifconfig lo1 create inet 198.51.101.162/32 up
jexec vnb-plan-jail419 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail419 ifconfig lo1 create inet 198.51.101.163/32 up
jexec vnb-plan-jail420 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail420 ifconfig lo1 create inet 198.51.101.164/32 up
jexec vnb-plan-jail421 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail421 ifconfig lo1 create inet 198.51.101.165/32 up
jexec vnb-plan-jail422 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail422 ifconfig lo1 create inet 198.51.101.166/32 up
jexec vnb-plan-jail423 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail423 ifconfig lo1 create inet 198.51.101.167/32 up
jexec vnb-plan-jail424 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail424 ifconfig lo1 create inet 198.51.101.168/32 up
jexec vnb-plan-jail425 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail425 ifconfig lo1 create inet 198.51.101.169/32 up
jexec vnb-plan-jail426 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail426 ifconfig lo1 create inet 198.51.101.170/32 up
jexec vnb-plan-jail427 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail427 ifconfig lo1 create inet 198.51.101.171/32 up
jexec vnb-plan-jail428 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail428 ifconfig lo1 create inet 198.51.101.172/32 up
jexec vnb-plan-jail429 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail429 ifconfig lo1 create inet 198.51.101.173/32 up
jexec vnb-plan-jail430 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail430 ifconfig lo1 create inet 198.51.101.174/32 up
jexec vnb-plan-jail431 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail431 ifconfig lo1 create inet 198.51.101.175/32 up
jexec vnb-plan-jail432 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail432 ifconfig lo1 create inet 198.51.101.176/32 up
jexec vnb-plan-jail433 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail433 ifconfig lo1 create inet 198.51.101.177/32 up
jexec vnb-plan-jail434 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail434 ifconfig lo1 create inet 198.51.101.178/32 up
jexec vnb-plan-jail435 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail435 ifconfig lo1 create inet 198.51.101.179/32 up
jexec vnb-plan-jail436 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail436 ifconfig lo1 create inet 198.51.101.180/32 up
jexec vnb-plan-jail437 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail437 ifconfig lo1 create inet 198.51.101.181/32 up
jexec vnb-plan-jail438 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail438 ifconfig lo1 create inet 198.51.101.182/32 up
jexec vnb-plan-jail439 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail439 ifconfig lo1 create inet 198.51.101.183/32 up
jexec vnb-plan-jail440 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail440 ifconfig lo1 create inet 198.51.101.184/32 up
jexec vnb-plan-jail441 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail441 ifconfig lo1 create inet 198.51.101.185/32 up
jexec vnb-plan-jail442 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail442 ifconfig lo1 create inet 198.51.101.186/32 up
jexec vnb-plan-jail443 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail443 ifconfig lo1 create inet 198.51.101.187/32 up
jexec vnb-plan-jail444 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail444 ifconfig lo1 create inet 198.51.101.188/32 up
jexec vnb-plan-jail445 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail445 ifconfig lo1 create inet 198.51.101.189/32 up
jexec vnb-plan-jail446 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail446 ifconfig lo1 create inet 198.51.101.190/32 up
jexec vnb-plan-jail447 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail447 ifconfig lo1 create inet 198.51.101.191/32 up
jexec vnb-plan-jail448 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail448 ifconfig lo1 create inet 198.51.101.192/32 up
jexec vnb-plan-jail449 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail449 ifconfig lo1 create inet 198.51.101.193/32 up
jexec vnb-plan-jail450 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail450 ifconfig lo1 create inet 198.51.101.194/32 up
jexec vnb-plan-jail451 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail451 ifconfig lo1 create inet 198.51.101.195/32 up
jexec vnb-plan-jail452 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail452 ifconfig lo1 create inet 198.51.101.196/32 up
jexec vnb-plan-jail453 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail453 ifconfig lo1 create inet 198.51.101.197/32 up
jexec vnb-plan-jail454 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail454 ifconfig lo1 create inet 198.51.101.198/32 up
jexec vnb-plan-jail455 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail455 ifconfig lo1 create inet 198.51.101.199/32 up
jexec vnb-plan-jail456 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail456 ifconfig lo1 create inet 198.51.101.200/32 up
jexec vnb-plan-jail457 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail457 ifconfig lo1 create inet 198.51.101.201/32 up
jexec vnb-plan-jail458 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail458 ifconfig lo1 create inet 198.51.101.202/32 up
jexec vnb-plan-jail459 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail459 ifconfig lo1 create inet 198.51.101.203/32 up
jexec vnb-plan-jail460 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail460 ifconfig lo1 create inet 198.51.101.204/32 up
jexec vnb-plan-jail461 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail461 ifconfig lo1 create inet 198.51.101.205/32 up
jexec vnb-plan-jail462 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail462 ifconfig lo1 create inet 198.51.101.206/32 up
jexec vnb-plan-jail463 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail463 ifconfig lo1 create inet 198.51.101.207/32 up
jexec vnb-plan-jail464 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail464 ifconfig lo1 create inet 198.51.101.208/32 up
jexec vnb-plan-jail465 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail465 ifconfig lo1 create inet 198.51.101.209/32 up
jexec vnb-plan-jail466 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail466 ifconfig lo1 create inet 198.51.101.210/32 up
jexec vnb-plan-jail467 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail467 ifconfig lo1 create inet 198.51.101.211/32 up
jexec vnb-plan-jail468 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail468 ifconfig lo1 create inet 198.51.101.212/32 up
jexec vnb-plan-jail469 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail469 ifconfig lo1 create inet 198.51.101.213/32 up
jexec vnb-plan-jail470 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail470 ifconfig lo1 create inet 198.51.101.214/32 up
jexec vnb-plan-jail471 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail471 ifconfig lo1 create inet 198.51.101.215/32 up
jexec vnb-plan-jail472 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail472 ifconfig lo1 create inet 198.51.101.216/32 up
jexec vnb-plan-jail473 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail473 ifconfig lo1 create inet 198.51.101.217/32 up
jexec vnb-plan-jail474 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail474 ifconfig lo1 create inet 198.51.101.218/32 up
jexec vnb-plan-jail475 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail475 ifconfig lo1 create inet 198.51.101.219/32 up
jexec vnb-plan-jail476 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail476 ifconfig lo1 create inet 198.51.101.220/32 up
jexec vnb-plan-jail477 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail477 ifconfig lo1 create inet 198.51.101.221/32 up
jexec vnb-plan-jail478 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail478 ifconfig lo1 create inet 198.51.101.222/32 up
jexec vnb-plan-jail479 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail479 ifconfig lo1 create inet 198.51.101.223/32 up
jexec vnb-plan-jail480 ifconfig lo0 inet 127.0.0.1/8 up
jexec vnb-plan-jail480 ifconfig lo1 create inet 198.51.101.224/32 up

# --- daemons (480 steps; vnetbench runs a phase's steps concurrently) ---
# vnetbench starts 'bird -f' as a supervised child; here bird daemonizes itself
mkdir -p /var/run/vnetbench/vnb-plan/jail1
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail1/bird.conf <<'EOF'
# generated by vnetbench for node jail1
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair1b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail1 bird -c /var/run/vnetbench/vnb-plan/jail1/bird.conf -s /var/run/vnetbench/vnb-plan/jail1/bird.ctl -P /var/run/vnetbench/vnb-plan/jail1/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail2
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail2/bird.conf <<'EOF'
# generated by vnetbench for node jail2
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair2b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail2 bird -c /var/run/vnetbench/vnb-plan/jail2/bird.conf -s /var/run/vnetbench/vnb-plan/jail2/bird.ctl -P /var/run/vnetbench/vnb-plan/jail2/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail3
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail3/bird.conf <<'EOF'
# generated by vnetbench for node jail3
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair3b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail3 bird -c /var/run/vnetbench/vnb-plan/jail3/bird.conf -s /var/run/vnetbench/vnb-plan/jail3/bird.ctl -P /var/run/vnetbench/vnb-plan/jail3/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail4
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail4/bird.conf <<'EOF'
# generated by vnetbench for node jail4
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair4b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail4 bird -c /var/run/vnetbench/vnb-plan/jail4/bird.conf -s /var/run/vnetbench/vnb-plan/jail4/bird.ctl -P /var/run/vnetbench/vnb-plan/jail4/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail5
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail5/bird.conf <<'EOF'
# generated by vnetbench for node jail5
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair5b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail5 bird -c /var/run/vnetbench/vnb-plan/jail5/bird.conf -s /var/run/vnetbench/vnb-plan/jail5/bird.ctl -P /var/run/vnetbench/vnb-plan/jail5/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail6
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail6/bird.conf <<'EOF'
# generated by vnetbench for node jail6
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair6b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail6 bird -c /var/run/vnetbench/vnb-plan/jail6/bird.conf -s /var/run/vnetbench/vnb-plan/jail6/bird.ctl -P /var/run/vnetbench/vnb-plan/jail6/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail7
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail7/bird.conf <<'EOF'
# generated by vnetbench for node jail7
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair7b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail7 bird -c /var/run/vnetbench/vnb-plan/jail7/bird.conf -s /var/run/vnetbench/vnb-plan/jail7/bird.ctl -P /var/run/vnetbench/vnb-plan/jail7/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail8
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail8/bird.conf <<'EOF'
# generated by vnetbench for node jail8
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair8b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail8 bird -c /var/run/vnetbench/vnb-plan/jail8/bird.conf -s /var/run/vnetbench/vnb-plan/jail8/bird.ctl -P /var/run/vnetbench/vnb-plan/jail8/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail9
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail9/bird.conf <<'EOF'
# generated by vnetbench for node jail9
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair9b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail9 bird -c /var/run/vnetbench/vnb-plan/jail9/bird.conf -s /var/run/vnetbench/vnb-plan/jail9/bird.ctl -P /var/run/vnetbench/vnb-plan/jail9/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail10
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail10/bird.conf <<'EOF'
# generated by vnetbench for node jail10
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair10b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail10 bird -c /var/run/vnetbench/vnb-plan/jail10/bird.conf -s /var/run/vnetbench/vnb-plan/jail10/bird.ctl -P /var/run/vnetbench/vnb-plan/jail10/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail11
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail11/bird.conf <<'EOF'
# generated by vnetbench for node jail11
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair11b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail11 bird -c /var/run/vnetbench/vnb-plan/jail11/bird.conf -s /var/run/vnetbench/vnb-plan/jail11/bird.ctl -P /var/run/vnetbench/vnb-plan/jail11/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail12
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail12/bird.conf <<'EOF'
# generated by vnetbench for node jail12
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair12b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail12 bird -c /var/run/vnetbench/vnb-plan/jail12/bird.conf -s /var/run/vnetbench/vnb-plan/jail12/bird.ctl -P /var/run/vnetbench/vnb-plan/jail12/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail13
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail13/bird.conf <<'EOF'
# generated by vnetbench for node jail13
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair13b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail13 bird -c /var/run/vnetbench/vnb-plan/jail13/bird.conf -s /var/run/vnetbench/vnb-plan/jail13/bird.ctl -P /var/run/vnetbench/vnb-plan/jail13/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail14
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail14/bird.conf <<'EOF'
# generated by vnetbench for node jail14
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair14b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail14 bird -c /var/run/vnetbench/vnb-plan/jail14/bird.conf -s /var/run/vnetbench/vnb-plan/jail14/bird.ctl -P /var/run/vnetbench/vnb-plan/jail14/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail15
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail15/bird.conf <<'EOF'
# generated by vnetbench for node jail15
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair15b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail15 bird -c /var/run/vnetbench/vnb-plan/jail15/bird.conf -s /var/run/vnetbench/vnb-plan/jail15/bird.ctl -P /var/run/vnetbench/vnb-plan/jail15/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail16
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail16/bird.conf <<'EOF'
# generated by vnetbench for node jail16
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair16b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail16 bird -c /var/run/vnetbench/vnb-plan/jail16/bird.conf -s /var/run/vnetbench/vnb-plan/jail16/bird.ctl -P /var/run/vnetbench/vnb-plan/jail16/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail17
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail17/bird.conf <<'EOF'
# generated by vnetbench for node jail17
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair17b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail17 bird -c /var/run/vnetbench/vnb-plan/jail17/bird.conf -s /var/run/vnetbench/vnb-plan/jail17/bird.ctl -P /var/run/vnetbench/vnb-plan/jail17/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail18
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail18/bird.conf <<'EOF'
# generated by vnetbench for node jail18
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair18b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail18 bird -c /var/run/vnetbench/vnb-plan/jail18/bird.conf -s /var/run/vnetbench/vnb-plan/jail18/bird.ctl -P /var/run/vnetbench/vnb-plan/jail18/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail19
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail19/bird.conf <<'EOF'
# generated by vnetbench for node jail19
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair19b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail19 bird -c /var/run/vnetbench/vnb-plan/jail19/bird.conf -s /var/run/vnetbench/vnb-plan/jail19/bird.ctl -P /var/run/vnetbench/vnb-plan/jail19/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail20
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail20/bird.conf <<'EOF'
# generated by vnetbench for node jail20
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair20b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail20 bird -c /var/run/vnetbench/vnb-plan/jail20/bird.conf -s /var/run/vnetbench/vnb-plan/jail20/bird.ctl -P /var/run/vnetbench/vnb-plan/jail20/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail21
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail21/bird.conf <<'EOF'
# generated by vnetbench for node jail21
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair21b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail21 bird -c /var/run/vnetbench/vnb-plan/jail21/bird.conf -s /var/run/vnetbench/vnb-plan/jail21/bird.ctl -P /var/run/vnetbench/vnb-plan/jail21/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail22
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail22/bird.conf <<'EOF'
# generated by vnetbench for node jail22
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair22b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail22 bird -c /var/run/vnetbench/vnb-plan/jail22/bird.conf -s /var/run/vnetbench/vnb-plan/jail22/bird.ctl -P /var/run/vnetbench/vnb-plan/jail22/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail23
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail23/bird.conf <<'EOF'
# generated by vnetbench for node jail23
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair23b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail23 bird -c /var/run/vnetbench/vnb-plan/jail23/bird.conf -s /var/run/vnetbench/vnb-plan/jail23/bird.ctl -P /var/run/vnetbench/vnb-plan/jail23/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail24
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail24/bird.conf <<'EOF'
# generated by vnetbench for node jail24
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair24b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail24 bird -c /var/run/vnetbench/vnb-plan/jail24/bird.conf -s /var/run/vnetbench/vnb-plan/jail24/bird.ctl -P /var/run/vnetbench/vnb-plan/jail24/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail25
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail25/bird.conf <<'EOF'
# generated by vnetbench for node jail25
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair25b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail25 bird -c /var/run/vnetbench/vnb-plan/jail25/bird.conf -s /var/run/vnetbench/vnb-plan/jail25/bird.ctl -P /var/run/vnetbench/vnb-plan/jail25/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail26
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail26/bird.conf <<'EOF'
# generated by vnetbench for node jail26
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair26b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail26 bird -c /var/run/vnetbench/vnb-plan/jail26/bird.conf -s /var/run/vnetbench/vnb-plan/jail26/bird.ctl -P /var/run/vnetbench/vnb-plan/jail26/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail27
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail27/bird.conf <<'EOF'
# generated by vnetbench for node jail27
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair27b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail27 bird -c /var/run/vnetbench/vnb-plan/jail27/bird.conf -s /var/run/vnetbench/vnb-plan/jail27/bird.ctl -P /var/run/vnetbench/vnb-plan/jail27/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail28
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail28/bird.conf <<'EOF'
# generated by vnetbench for node jail28
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair28b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail28 bird -c /var/run/vnetbench/vnb-plan/jail28/bird.conf -s /var/run/vnetbench/vnb-plan/jail28/bird.ctl -P /var/run/vnetbench/vnb-plan/jail28/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail29
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail29/bird.conf <<'EOF'
# generated by vnetbench for node jail29
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair29b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail29 bird -c /var/run/vnetbench/vnb-plan/jail29/bird.conf -s /var/run/vnetbench/vnb-plan/jail29/bird.ctl -P /var/run/vnetbench/vnb-plan/jail29/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail30
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail30/bird.conf <<'EOF'
# generated by vnetbench for node jail30
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair30b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail30 bird -c /var/run/vnetbench/vnb-plan/jail30/bird.conf -s /var/run/vnetbench/vnb-plan/jail30/bird.ctl -P /var/run/vnetbench/vnb-plan/jail30/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail31
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail31/bird.conf <<'EOF'
# generated by vnetbench for node jail31
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair31b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail31 bird -c /var/run/vnetbench/vnb-plan/jail31/bird.conf -s /var/run/vnetbench/vnb-plan/jail31/bird.ctl -P /var/run/vnetbench/vnb-plan/jail31/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail32
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail32/bird.conf <<'EOF'
# generated by vnetbench for node jail32
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair32b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail32 bird -c /var/run/vnetbench/vnb-plan/jail32/bird.conf -s /var/run/vnetbench/vnb-plan/jail32/bird.ctl -P /var/run/vnetbench/vnb-plan/jail32/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail33
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail33/bird.conf <<'EOF'
# generated by vnetbench for node jail33
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair33b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail33 bird -c /var/run/vnetbench/vnb-plan/jail33/bird.conf -s /var/run/vnetbench/vnb-plan/jail33/bird.ctl -P /var/run/vnetbench/vnb-plan/jail33/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail34
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail34/bird.conf <<'EOF'
# generated by vnetbench for node jail34
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair34b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail34 bird -c /var/run/vnetbench/vnb-plan/jail34/bird.conf -s /var/run/vnetbench/vnb-plan/jail34/bird.ctl -P /var/run/vnetbench/vnb-plan/jail34/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail35
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail35/bird.conf <<'EOF'
# generated by vnetbench for node jail35
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair35b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail35 bird -c /var/run/vnetbench/vnb-plan/jail35/bird.conf -s /var/run/vnetbench/vnb-plan/jail35/bird.ctl -P /var/run/vnetbench/vnb-plan/jail35/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail36
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail36/bird.conf <<'EOF'
# generated by vnetbench for node jail36
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair36b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail36 bird -c /var/run/vnetbench/vnb-plan/jail36/bird.conf -s /var/run/vnetbench/vnb-plan/jail36/bird.ctl -P /var/run/vnetbench/vnb-plan/jail36/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail37
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail37/bird.conf <<'EOF'
# generated by vnetbench for node jail37
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair37b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail37 bird -c /var/run/vnetbench/vnb-plan/jail37/bird.conf -s /var/run/vnetbench/vnb-plan/jail37/bird.ctl -P /var/run/vnetbench/vnb-plan/jail37/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail38
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail38/bird.conf <<'EOF'
# generated by vnetbench for node jail38
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair38b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail38 bird -c /var/run/vnetbench/vnb-plan/jail38/bird.conf -s /var/run/vnetbench/vnb-plan/jail38/bird.ctl -P /var/run/vnetbench/vnb-plan/jail38/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail39
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail39/bird.conf <<'EOF'
# generated by vnetbench for node jail39
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair39b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail39 bird -c /var/run/vnetbench/vnb-plan/jail39/bird.conf -s /var/run/vnetbench/vnb-plan/jail39/bird.ctl -P /var/run/vnetbench/vnb-plan/jail39/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail40
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail40/bird.conf <<'EOF'
# generated by vnetbench for node jail40
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair40b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail40 bird -c /var/run/vnetbench/vnb-plan/jail40/bird.conf -s /var/run/vnetbench/vnb-plan/jail40/bird.ctl -P /var/run/vnetbench/vnb-plan/jail40/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail41
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail41/bird.conf <<'EOF'
# generated by vnetbench for node jail41
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair41b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail41 bird -c /var/run/vnetbench/vnb-plan/jail41/bird.conf -s /var/run/vnetbench/vnb-plan/jail41/bird.ctl -P /var/run/vnetbench/vnb-plan/jail41/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail42
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail42/bird.conf <<'EOF'
# generated by vnetbench for node jail42
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair42b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail42 bird -c /var/run/vnetbench/vnb-plan/jail42/bird.conf -s /var/run/vnetbench/vnb-plan/jail42/bird.ctl -P /var/run/vnetbench/vnb-plan/jail42/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail43
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail43/bird.conf <<'EOF'
# generated by vnetbench for node jail43
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair43b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail43 bird -c /var/run/vnetbench/vnb-plan/jail43/bird.conf -s /var/run/vnetbench/vnb-plan/jail43/bird.ctl -P /var/run/vnetbench/vnb-plan/jail43/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail44
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail44/bird.conf <<'EOF'
# generated by vnetbench for node jail44
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair44b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail44 bird -c /var/run/vnetbench/vnb-plan/jail44/bird.conf -s /var/run/vnetbench/vnb-plan/jail44/bird.ctl -P /var/run/vnetbench/vnb-plan/jail44/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail45
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail45/bird.conf <<'EOF'
# generated by vnetbench for node jail45
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair45b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail45 bird -c /var/run/vnetbench/vnb-plan/jail45/bird.conf -s /var/run/vnetbench/vnb-plan/jail45/bird.ctl -P /var/run/vnetbench/vnb-plan/jail45/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail46
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail46/bird.conf <<'EOF'
# generated by vnetbench for node jail46
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair46b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail46 bird -c /var/run/vnetbench/vnb-plan/jail46/bird.conf -s /var/run/vnetbench/vnb-plan/jail46/bird.ctl -P /var/run/vnetbench/vnb-plan/jail46/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail47
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail47/bird.conf <<'EOF'
# generated by vnetbench for node jail47
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair47b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail47 bird -c /var/run/vnetbench/vnb-plan/jail47/bird.conf -s /var/run/vnetbench/vnb-plan/jail47/bird.ctl -P /var/run/vnetbench/vnb-plan/jail47/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail48
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail48/bird.conf <<'EOF'
# generated by vnetbench for node jail48
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair48b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail48 bird -c /var/run/vnetbench/vnb-plan/jail48/bird.conf -s /var/run/vnetbench/vnb-plan/jail48/bird.ctl -P /var/run/vnetbench/vnb-plan/jail48/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail49
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail49/bird.conf <<'EOF'
# generated by vnetbench for node jail49
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair49b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail49 bird -c /var/run/vnetbench/vnb-plan/jail49/bird.conf -s /var/run/vnetbench/vnb-plan/jail49/bird.ctl -P /var/run/vnetbench/vnb-plan/jail49/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail50
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail50/bird.conf <<'EOF'
# generated by vnetbench for node jail50
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair50b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail50 bird -c /var/run/vnetbench/vnb-plan/jail50/bird.conf -s /var/run/vnetbench/vnb-plan/jail50/bird.ctl -P /var/run/vnetbench/vnb-plan/jail50/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail51
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail51/bird.conf <<'EOF'
# generated by vnetbench for node jail51
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair51b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail51 bird -c /var/run/vnetbench/vnb-plan/jail51/bird.conf -s /var/run/vnetbench/vnb-plan/jail51/bird.ctl -P /var/run/vnetbench/vnb-plan/jail51/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail52
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail52/bird.conf <<'EOF'
# generated by vnetbench for node jail52
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair52b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail52 bird -c /var/run/vnetbench/vnb-plan/jail52/bird.conf -s /var/run/vnetbench/vnb-plan/jail52/bird.ctl -P /var/run/vnetbench/vnb-plan/jail52/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail53
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail53/bird.conf <<'EOF'
# generated by vnetbench for node jail53
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair53b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail53 bird -c /var/run/vnetbench/vnb-plan/jail53/bird.conf -s /var/run/vnetbench/vnb-plan/jail53/bird.ctl -P /var/run/vnetbench/vnb-plan/jail53/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail54
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail54/bird.conf <<'EOF'
# generated by vnetbench for node jail54
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair54b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail54 bird -c /var/run/vnetbench/vnb-plan/jail54/bird.conf -s /var/run/vnetbench/vnb-plan/jail54/bird.ctl -P /var/run/vnetbench/vnb-plan/jail54/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail55
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail55/bird.conf <<'EOF'
# generated by vnetbench for node jail55
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair55b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail55 bird -c /var/run/vnetbench/vnb-plan/jail55/bird.conf -s /var/run/vnetbench/vnb-plan/jail55/bird.ctl -P /var/run/vnetbench/vnb-plan/jail55/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail56
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail56/bird.conf <<'EOF'
# generated by vnetbench for node jail56
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair56b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail56 bird -c /var/run/vnetbench/vnb-plan/jail56/bird.conf -s /var/run/vnetbench/vnb-plan/jail56/bird.ctl -P /var/run/vnetbench/vnb-plan/jail56/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail57
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail57/bird.conf <<'EOF'
# generated by vnetbench for node jail57
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair57b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail57 bird -c /var/run/vnetbench/vnb-plan/jail57/bird.conf -s /var/run/vnetbench/vnb-plan/jail57/bird.ctl -P /var/run/vnetbench/vnb-plan/jail57/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail58
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail58/bird.conf <<'EOF'
# generated by vnetbench for node jail58
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair58b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail58 bird -c /var/run/vnetbench/vnb-plan/jail58/bird.conf -s /var/run/vnetbench/vnb-plan/jail58/bird.ctl -P /var/run/vnetbench/vnb-plan/jail58/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail59
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail59/bird.conf <<'EOF'
# generated by vnetbench for node jail59
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair59b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail59 bird -c /var/run/vnetbench/vnb-plan/jail59/bird.conf -s /var/run/vnetbench/vnb-plan/jail59/bird.ctl -P /var/run/vnetbench/vnb-plan/jail59/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail60
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail60/bird.conf <<'EOF'
# generated by vnetbench for node jail60
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair60b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail60 bird -c /var/run/vnetbench/vnb-plan/jail60/bird.conf -s /var/run/vnetbench/vnb-plan/jail60/bird.ctl -P /var/run/vnetbench/vnb-plan/jail60/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail61
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail61/bird.conf <<'EOF'
# generated by vnetbench for node jail61
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair61b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail61 bird -c /var/run/vnetbench/vnb-plan/jail61/bird.conf -s /var/run/vnetbench/vnb-plan/jail61/bird.ctl -P /var/run/vnetbench/vnb-plan/jail61/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail62
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail62/bird.conf <<'EOF'
# generated by vnetbench for node jail62
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair62b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail62 bird -c /var/run/vnetbench/vnb-plan/jail62/bird.conf -s /var/run/vnetbench/vnb-plan/jail62/bird.ctl -P /var/run/vnetbench/vnb-plan/jail62/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail63
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail63/bird.conf <<'EOF'
# generated by vnetbench for node jail63
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair63b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail63 bird -c /var/run/vnetbench/vnb-plan/jail63/bird.conf -s /var/run/vnetbench/vnb-plan/jail63/bird.ctl -P /var/run/vnetbench/vnb-plan/jail63/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail64
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail64/bird.conf <<'EOF'
# generated by vnetbench for node jail64
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair64b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail64 bird -c /var/run/vnetbench/vnb-plan/jail64/bird.conf -s /var/run/vnetbench/vnb-plan/jail64/bird.ctl -P /var/run/vnetbench/vnb-plan/jail64/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail65
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail65/bird.conf <<'EOF'
# generated by vnetbench for node jail65
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair65b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail65 bird -c /var/run/vnetbench/vnb-plan/jail65/bird.conf -s /var/run/vnetbench/vnb-plan/jail65/bird.ctl -P /var/run/vnetbench/vnb-plan/jail65/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail66
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail66/bird.conf <<'EOF'
# generated by vnetbench for node jail66
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair66b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail66 bird -c /var/run/vnetbench/vnb-plan/jail66/bird.conf -s /var/run/vnetbench/vnb-plan/jail66/bird.ctl -P /var/run/vnetbench/vnb-plan/jail66/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail67
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail67/bird.conf <<'EOF'
# generated by vnetbench for node jail67
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair67b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail67 bird -c /var/run/vnetbench/vnb-plan/jail67/bird.conf -s /var/run/vnetbench/vnb-plan/jail67/bird.ctl -P /var/run/vnetbench/vnb-plan/jail67/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail68
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail68/bird.conf <<'EOF'
# generated by vnetbench for node jail68
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair68b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail68 bird -c /var/run/vnetbench/vnb-plan/jail68/bird.conf -s /var/run/vnetbench/vnb-plan/jail68/bird.ctl -P /var/run/vnetbench/vnb-plan/jail68/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail69
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail69/bird.conf <<'EOF'
# generated by vnetbench for node jail69
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair69b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail69 bird -c /var/run/vnetbench/vnb-plan/jail69/bird.conf -s /var/run/vnetbench/vnb-plan/jail69/bird.ctl -P /var/run/vnetbench/vnb-plan/jail69/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail70
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail70/bird.conf <<'EOF'
# generated by vnetbench for node jail70
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair70b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail70 bird -c /var/run/vnetbench/vnb-plan/jail70/bird.conf -s /var/run/vnetbench/vnb-plan/jail70/bird.ctl -P /var/run/vnetbench/vnb-plan/jail70/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail71
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail71/bird.conf <<'EOF'
# generated by vnetbench for node jail71
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair71b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail71 bird -c /var/run/vnetbench/vnb-plan/jail71/bird.conf -s /var/run/vnetbench/vnb-plan/jail71/bird.ctl -P /var/run/vnetbench/vnb-plan/jail71/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail72
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail72/bird.conf <<'EOF'
# generated by vnetbench for node jail72
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair72b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail72 bird -c /var/run/vnetbench/vnb-plan/jail72/bird.conf -s /var/run/vnetbench/vnb-plan/jail72/bird.ctl -P /var/run/vnetbench/vnb-plan/jail72/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail73
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail73/bird.conf <<'EOF'
# generated by vnetbench for node jail73
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair73b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail73 bird -c /var/run/vnetbench/vnb-plan/jail73/bird.conf -s /var/run/vnetbench/vnb-plan/jail73/bird.ctl -P /var/run/vnetbench/vnb-plan/jail73/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail74
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail74/bird.conf <<'EOF'
# generated by vnetbench for node jail74
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair74b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail74 bird -c /var/run/vnetbench/vnb-plan/jail74/bird.conf -s /var/run/vnetbench/vnb-plan/jail74/bird.ctl -P /var/run/vnetbench/vnb-plan/jail74/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail75
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail75/bird.conf <<'EOF'
# generated by vnetbench for node jail75
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair75b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail75 bird -c /var/run/vnetbench/vnb-plan/jail75/bird.conf -s /var/run/vnetbench/vnb-plan/jail75/bird.ctl -P /var/run/vnetbench/vnb-plan/jail75/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail76
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail76/bird.conf <<'EOF'
# generated by vnetbench for node jail76
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair76b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail76 bird -c /var/run/vnetbench/vnb-plan/jail76/bird.conf -s /var/run/vnetbench/vnb-plan/jail76/bird.ctl -P /var/run/vnetbench/vnb-plan/jail76/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail77
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail77/bird.conf <<'EOF'
# generated by vnetbench for node jail77
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair77b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail77 bird -c /var/run/vnetbench/vnb-plan/jail77/bird.conf -s /var/run/vnetbench/vnb-plan/jail77/bird.ctl -P /var/run/vnetbench/vnb-plan/jail77/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail78
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail78/bird.conf <<'EOF'
# generated by vnetbench for node jail78
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair78b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail78 bird -c /var/run/vnetbench/vnb-plan/jail78/bird.conf -s /var/run/vnetbench/vnb-plan/jail78/bird.ctl -P /var/run/vnetbench/vnb-plan/jail78/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail79
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail79/bird.conf <<'EOF'
# generated by vnetbench for node jail79
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair79b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail79 bird -c /var/run/vnetbench/vnb-plan/jail79/bird.conf -s /var/run/vnetbench/vnb-plan/jail79/bird.ctl -P /var/run/vnetbench/vnb-plan/jail79/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail80
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail80/bird.conf <<'EOF'
# generated by vnetbench for node jail80
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair80b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail80 bird -c /var/run/vnetbench/vnb-plan/jail80/bird.conf -s /var/run/vnetbench/vnb-plan/jail80/bird.ctl -P /var/run/vnetbench/vnb-plan/jail80/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail81
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail81/bird.conf <<'EOF'
# generated by vnetbench for node jail81
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair81b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail81 bird -c /var/run/vnetbench/vnb-plan/jail81/bird.conf -s /var/run/vnetbench/vnb-plan/jail81/bird.ctl -P /var/run/vnetbench/vnb-plan/jail81/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail82
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail82/bird.conf <<'EOF'
# generated by vnetbench for node jail82
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair82b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail82 bird -c /var/run/vnetbench/vnb-plan/jail82/bird.conf -s /var/run/vnetbench/vnb-plan/jail82/bird.ctl -P /var/run/vnetbench/vnb-plan/jail82/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail83
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail83/bird.conf <<'EOF'
# generated by vnetbench for node jail83
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair83b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail83 bird -c /var/run/vnetbench/vnb-plan/jail83/bird.conf -s /var/run/vnetbench/vnb-plan/jail83/bird.ctl -P /var/run/vnetbench/vnb-plan/jail83/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail84
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail84/bird.conf <<'EOF'
# generated by vnetbench for node jail84
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair84b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail84 bird -c /var/run/vnetbench/vnb-plan/jail84/bird.conf -s /var/run/vnetbench/vnb-plan/jail84/bird.ctl -P /var/run/vnetbench/vnb-plan/jail84/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail85
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail85/bird.conf <<'EOF'
# generated by vnetbench for node jail85
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair85b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail85 bird -c /var/run/vnetbench/vnb-plan/jail85/bird.conf -s /var/run/vnetbench/vnb-plan/jail85/bird.ctl -P /var/run/vnetbench/vnb-plan/jail85/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail86
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail86/bird.conf <<'EOF'
# generated by vnetbench for node jail86
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair86b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail86 bird -c /var/run/vnetbench/vnb-plan/jail86/bird.conf -s /var/run/vnetbench/vnb-plan/jail86/bird.ctl -P /var/run/vnetbench/vnb-plan/jail86/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail87
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail87/bird.conf <<'EOF'
# generated by vnetbench for node jail87
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair87b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail87 bird -c /var/run/vnetbench/vnb-plan/jail87/bird.conf -s /var/run/vnetbench/vnb-plan/jail87/bird.ctl -P /var/run/vnetbench/vnb-plan/jail87/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail88
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail88/bird.conf <<'EOF'
# generated by vnetbench for node jail88
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair88b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail88 bird -c /var/run/vnetbench/vnb-plan/jail88/bird.conf -s /var/run/vnetbench/vnb-plan/jail88/bird.ctl -P /var/run/vnetbench/vnb-plan/jail88/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail89
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail89/bird.conf <<'EOF'
# generated by vnetbench for node jail89
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair89b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail89 bird -c /var/run/vnetbench/vnb-plan/jail89/bird.conf -s /var/run/vnetbench/vnb-plan/jail89/bird.ctl -P /var/run/vnetbench/vnb-plan/jail89/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail90
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail90/bird.conf <<'EOF'
# generated by vnetbench for node jail90
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair90b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail90 bird -c /var/run/vnetbench/vnb-plan/jail90/bird.conf -s /var/run/vnetbench/vnb-plan/jail90/bird.ctl -P /var/run/vnetbench/vnb-plan/jail90/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail91
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail91/bird.conf <<'EOF'
# generated by vnetbench for node jail91
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair91b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail91 bird -c /var/run/vnetbench/vnb-plan/jail91/bird.conf -s /var/run/vnetbench/vnb-plan/jail91/bird.ctl -P /var/run/vnetbench/vnb-plan/jail91/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail92
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail92/bird.conf <<'EOF'
# generated by vnetbench for node jail92
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair92b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail92 bird -c /var/run/vnetbench/vnb-plan/jail92/bird.conf -s /var/run/vnetbench/vnb-plan/jail92/bird.ctl -P /var/run/vnetbench/vnb-plan/jail92/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail93
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail93/bird.conf <<'EOF'
# generated by vnetbench for node jail93
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair93b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail93 bird -c /var/run/vnetbench/vnb-plan/jail93/bird.conf -s /var/run/vnetbench/vnb-plan/jail93/bird.ctl -P /var/run/vnetbench/vnb-plan/jail93/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail94
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail94/bird.conf <<'EOF'
# generated by vnetbench for node jail94
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair94b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail94 bird -c /var/run/vnetbench/vnb-plan/jail94/bird.conf -s /var/run/vnetbench/vnb-plan/jail94/bird.ctl -P /var/run/vnetbench/vnb-plan/jail94/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail95
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail95/bird.conf <<'EOF'
# generated by vnetbench for node jail95
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair95b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail95 bird -c /var/run/vnetbench/vnb-plan/jail95/bird.conf -s /var/run/vnetbench/vnb-plan/jail95/bird.ctl -P /var/run/vnetbench/vnb-plan/jail95/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail96
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail96/bird.conf <<'EOF'
# generated by vnetbench for node jail96
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair96b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail96 bird -c /var/run/vnetbench/vnb-plan/jail96/bird.conf -s /var/run/vnetbench/vnb-plan/jail96/bird.ctl -P /var/run/vnetbench/vnb-plan/jail96/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail97
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail97/bird.conf <<'EOF'
# generated by vnetbench for node jail97
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair97b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail97 bird -c /var/run/vnetbench/vnb-plan/jail97/bird.conf -s /var/run/vnetbench/vnb-plan/jail97/bird.ctl -P /var/run/vnetbench/vnb-plan/jail97/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail98
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail98/bird.conf <<'EOF'
# generated by vnetbench for node jail98
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair98b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail98 bird -c /var/run/vnetbench/vnb-plan/jail98/bird.conf -s /var/run/vnetbench/vnb-plan/jail98/bird.ctl -P /var/run/vnetbench/vnb-plan/jail98/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail99
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail99/bird.conf <<'EOF'
# generated by vnetbench for node jail99
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair99b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail99 bird -c /var/run/vnetbench/vnb-plan/jail99/bird.conf -s /var/run/vnetbench/vnb-plan/jail99/bird.ctl -P /var/run/vnetbench/vnb-plan/jail99/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail100
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail100/bird.conf <<'EOF'
# generated by vnetbench for node jail100
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair100b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail100 bird -c /var/run/vnetbench/vnb-plan/jail100/bird.conf -s /var/run/vnetbench/vnb-plan/jail100/bird.ctl -P /var/run/vnetbench/vnb-plan/jail100/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail101
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail101/bird.conf <<'EOF'
# generated by vnetbench for node jail101
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair101b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail101 bird -c /var/run/vnetbench/vnb-plan/jail101/bird.conf -s /var/run/vnetbench/vnb-plan/jail101/bird.ctl -P /var/run/vnetbench/vnb-plan/jail101/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail102
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail102/bird.conf <<'EOF'
# generated by vnetbench for node jail102
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair102b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail102 bird -c /var/run/vnetbench/vnb-plan/jail102/bird.conf -s /var/run/vnetbench/vnb-plan/jail102/bird.ctl -P /var/run/vnetbench/vnb-plan/jail102/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail103
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail103/bird.conf <<'EOF'
# generated by vnetbench for node jail103
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair103b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail103 bird -c /var/run/vnetbench/vnb-plan/jail103/bird.conf -s /var/run/vnetbench/vnb-plan/jail103/bird.ctl -P /var/run/vnetbench/vnb-plan/jail103/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail104
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail104/bird.conf <<'EOF'
# generated by vnetbench for node jail104
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair104b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail104 bird -c /var/run/vnetbench/vnb-plan/jail104/bird.conf -s /var/run/vnetbench/vnb-plan/jail104/bird.ctl -P /var/run/vnetbench/vnb-plan/jail104/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail105
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail105/bird.conf <<'EOF'
# generated by vnetbench for node jail105
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair105b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail105 bird -c /var/run/vnetbench/vnb-plan/jail105/bird.conf -s /var/run/vnetbench/vnb-plan/jail105/bird.ctl -P /var/run/vnetbench/vnb-plan/jail105/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail106
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail106/bird.conf <<'EOF'
# generated by vnetbench for node jail106
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair106b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail106 bird -c /var/run/vnetbench/vnb-plan/jail106/bird.conf -s /var/run/vnetbench/vnb-plan/jail106/bird.ctl -P /var/run/vnetbench/vnb-plan/jail106/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail107
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail107/bird.conf <<'EOF'
# generated by vnetbench for node jail107
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair107b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail107 bird -c /var/run/vnetbench/vnb-plan/jail107/bird.conf -s /var/run/vnetbench/vnb-plan/jail107/bird.ctl -P /var/run/vnetbench/vnb-plan/jail107/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail108
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail108/bird.conf <<'EOF'
# generated by vnetbench for node jail108
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair108b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail108 bird -c /var/run/vnetbench/vnb-plan/jail108/bird.conf -s /var/run/vnetbench/vnb-plan/jail108/bird.ctl -P /var/run/vnetbench/vnb-plan/jail108/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail109
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail109/bird.conf <<'EOF'
# generated by vnetbench for node jail109
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair109b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail109 bird -c /var/run/vnetbench/vnb-plan/jail109/bird.conf -s /var/run/vnetbench/vnb-plan/jail109/bird.ctl -P /var/run/vnetbench/vnb-plan/jail109/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail110
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail110/bird.conf <<'EOF'
# generated by vnetbench for node jail110
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair110b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail110 bird -c /var/run/vnetbench/vnb-plan/jail110/bird.conf -s /var/run/vnetbench/vnb-plan/jail110/bird.ctl -P /var/run/vnetbench/vnb-plan/jail110/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail111
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail111/bird.conf <<'EOF'
# generated by vnetbench for node jail111
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair111b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail111 bird -c /var/run/vnetbench/vnb-plan/jail111/bird.conf -s /var/run/vnetbench/vnb-plan/jail111/bird.ctl -P /var/run/vnetbench/vnb-plan/jail111/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail112
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail112/bird.conf <<'EOF'
# generated by vnetbench for node jail112
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair112b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail112 bird -c /var/run/vnetbench/vnb-plan/jail112/bird.conf -s /var/run/vnetbench/vnb-plan/jail112/bird.ctl -P /var/run/vnetbench/vnb-plan/jail112/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail113
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail113/bird.conf <<'EOF'
# generated by vnetbench for node jail113
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair113b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail113 bird -c /var/run/vnetbench/vnb-plan/jail113/bird.conf -s /var/run/vnetbench/vnb-plan/jail113/bird.ctl -P /var/run/vnetbench/vnb-plan/jail113/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail114
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail114/bird.conf <<'EOF'
# generated by vnetbench for node jail114
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair114b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail114 bird -c /var/run/vnetbench/vnb-plan/jail114/bird.conf -s /var/run/vnetbench/vnb-plan/jail114/bird.ctl -P /var/run/vnetbench/vnb-plan/jail114/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail115
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail115/bird.conf <<'EOF'
# generated by vnetbench for node jail115
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair115b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail115 bird -c /var/run/vnetbench/vnb-plan/jail115/bird.conf -s /var/run/vnetbench/vnb-plan/jail115/bird.ctl -P /var/run/vnetbench/vnb-plan/jail115/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail116
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail116/bird.conf <<'EOF'
# generated by vnetbench for node jail116
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair116b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail116 bird -c /var/run/vnetbench/vnb-plan/jail116/bird.conf -s /var/run/vnetbench/vnb-plan/jail116/bird.ctl -P /var/run/vnetbench/vnb-plan/jail116/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail117
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail117/bird.conf <<'EOF'
# generated by vnetbench for node jail117
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair117b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail117 bird -c /var/run/vnetbench/vnb-plan/jail117/bird.conf -s /var/run/vnetbench/vnb-plan/jail117/bird.ctl -P /var/run/vnetbench/vnb-plan/jail117/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail118
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail118/bird.conf <<'EOF'
# generated by vnetbench for node jail118
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair118b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail118 bird -c /var/run/vnetbench/vnb-plan/jail118/bird.conf -s /var/run/vnetbench/vnb-plan/jail118/bird.ctl -P /var/run/vnetbench/vnb-plan/jail118/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail119
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail119/bird.conf <<'EOF'
# generated by vnetbench for node jail119
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair119b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail119 bird -c /var/run/vnetbench/vnb-plan/jail119/bird.conf -s /var/run/vnetbench/vnb-plan/jail119/bird.ctl -P /var/run/vnetbench/vnb-plan/jail119/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail120
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail120/bird.conf <<'EOF'
# generated by vnetbench for node jail120
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair120b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail120 bird -c /var/run/vnetbench/vnb-plan/jail120/bird.conf -s /var/run/vnetbench/vnb-plan/jail120/bird.ctl -P /var/run/vnetbench/vnb-plan/jail120/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail121
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail121/bird.conf <<'EOF'
# generated by vnetbench for node jail121
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair121b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail121 bird -c /var/run/vnetbench/vnb-plan/jail121/bird.conf -s /var/run/vnetbench/vnb-plan/jail121/bird.ctl -P /var/run/vnetbench/vnb-plan/jail121/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail122
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail122/bird.conf <<'EOF'
# generated by vnetbench for node jail122
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair122b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail122 bird -c /var/run/vnetbench/vnb-plan/jail122/bird.conf -s /var/run/vnetbench/vnb-plan/jail122/bird.ctl -P /var/run/vnetbench/vnb-plan/jail122/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail123
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail123/bird.conf <<'EOF'
# generated by vnetbench for node jail123
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair123b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail123 bird -c /var/run/vnetbench/vnb-plan/jail123/bird.conf -s /var/run/vnetbench/vnb-plan/jail123/bird.ctl -P /var/run/vnetbench/vnb-plan/jail123/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail124
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail124/bird.conf <<'EOF'
# generated by vnetbench for node jail124
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair124b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail124 bird -c /var/run/vnetbench/vnb-plan/jail124/bird.conf -s /var/run/vnetbench/vnb-plan/jail124/bird.ctl -P /var/run/vnetbench/vnb-plan/jail124/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail125
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail125/bird.conf <<'EOF'
# generated by vnetbench for node jail125
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair125b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail125 bird -c /var/run/vnetbench/vnb-plan/jail125/bird.conf -s /var/run/vnetbench/vnb-plan/jail125/bird.ctl -P /var/run/vnetbench/vnb-plan/jail125/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail126
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail126/bird.conf <<'EOF'
# generated by vnetbench for node jail126
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair126b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail126 bird -c /var/run/vnetbench/vnb-plan/jail126/bird.conf -s /var/run/vnetbench/vnb-plan/jail126/bird.ctl -P /var/run/vnetbench/vnb-plan/jail126/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail127
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail127/bird.conf <<'EOF'
# generated by vnetbench for node jail127
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair127b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail127 bird -c /var/run/vnetbench/vnb-plan/jail127/bird.conf -s /var/run/vnetbench/vnb-plan/jail127/bird.ctl -P /var/run/vnetbench/vnb-plan/jail127/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail128
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail128/bird.conf <<'EOF'
# generated by vnetbench for node jail128
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair128b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail128 bird -c /var/run/vnetbench/vnb-plan/jail128/bird.conf -s /var/run/vnetbench/vnb-plan/jail128/bird.ctl -P /var/run/vnetbench/vnb-plan/jail128/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail129
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail129/bird.conf <<'EOF'
# generated by vnetbench for node jail129
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair129b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail129 bird -c /var/run/vnetbench/vnb-plan/jail129/bird.conf -s /var/run/vnetbench/vnb-plan/jail129/bird.ctl -P /var/run/vnetbench/vnb-plan/jail129/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail130
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail130/bird.conf <<'EOF'
# generated by vnetbench for node jail130
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair130b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail130 bird -c /var/run/vnetbench/vnb-plan/jail130/bird.conf -s /var/run/vnetbench/vnb-plan/jail130/bird.ctl -P /var/run/vnetbench/vnb-plan/jail130/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail131
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail131/bird.conf <<'EOF'
# generated by vnetbench for node jail131
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair131b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail131 bird -c /var/run/vnetbench/vnb-plan/jail131/bird.conf -s /var/run/vnetbench/vnb-plan/jail131/bird.ctl -P /var/run/vnetbench/vnb-plan/jail131/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail132
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail132/bird.conf <<'EOF'
# generated by vnetbench for node jail132
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair132b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail132 bird -c /var/run/vnetbench/vnb-plan/jail132/bird.conf -s /var/run/vnetbench/vnb-plan/jail132/bird.ctl -P /var/run/vnetbench/vnb-plan/jail132/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail133
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail133/bird.conf <<'EOF'
# generated by vnetbench for node jail133
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair133b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail133 bird -c /var/run/vnetbench/vnb-plan/jail133/bird.conf -s /var/run/vnetbench/vnb-plan/jail133/bird.ctl -P /var/run/vnetbench/vnb-plan/jail133/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail134
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail134/bird.conf <<'EOF'
# generated by vnetbench for node jail134
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair134b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail134 bird -c /var/run/vnetbench/vnb-plan/jail134/bird.conf -s /var/run/vnetbench/vnb-plan/jail134/bird.ctl -P /var/run/vnetbench/vnb-plan/jail134/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail135
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail135/bird.conf <<'EOF'
# generated by vnetbench for node jail135
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair135b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail135 bird -c /var/run/vnetbench/vnb-plan/jail135/bird.conf -s /var/run/vnetbench/vnb-plan/jail135/bird.ctl -P /var/run/vnetbench/vnb-plan/jail135/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail136
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail136/bird.conf <<'EOF'
# generated by vnetbench for node jail136
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair136b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail136 bird -c /var/run/vnetbench/vnb-plan/jail136/bird.conf -s /var/run/vnetbench/vnb-plan/jail136/bird.ctl -P /var/run/vnetbench/vnb-plan/jail136/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail137
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail137/bird.conf <<'EOF'
# generated by vnetbench for node jail137
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair137b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail137 bird -c /var/run/vnetbench/vnb-plan/jail137/bird.conf -s /var/run/vnetbench/vnb-plan/jail137/bird.ctl -P /var/run/vnetbench/vnb-plan/jail137/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail138
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail138/bird.conf <<'EOF'
# generated by vnetbench for node jail138
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair138b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail138 bird -c /var/run/vnetbench/vnb-plan/jail138/bird.conf -s /var/run/vnetbench/vnb-plan/jail138/bird.ctl -P /var/run/vnetbench/vnb-plan/jail138/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail139
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail139/bird.conf <<'EOF'
# generated by vnetbench for node jail139
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair139b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail139 bird -c /var/run/vnetbench/vnb-plan/jail139/bird.conf -s /var/run/vnetbench/vnb-plan/jail139/bird.ctl -P /var/run/vnetbench/vnb-plan/jail139/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail140
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail140/bird.conf <<'EOF'
# generated by vnetbench for node jail140
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair140b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail140 bird -c /var/run/vnetbench/vnb-plan/jail140/bird.conf -s /var/run/vnetbench/vnb-plan/jail140/bird.ctl -P /var/run/vnetbench/vnb-plan/jail140/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail141
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail141/bird.conf <<'EOF'
# generated by vnetbench for node jail141
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair141b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail141 bird -c /var/run/vnetbench/vnb-plan/jail141/bird.conf -s /var/run/vnetbench/vnb-plan/jail141/bird.ctl -P /var/run/vnetbench/vnb-plan/jail141/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail142
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail142/bird.conf <<'EOF'
# generated by vnetbench for node jail142
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair142b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail142 bird -c /var/run/vnetbench/vnb-plan/jail142/bird.conf -s /var/run/vnetbench/vnb-plan/jail142/bird.ctl -P /var/run/vnetbench/vnb-plan/jail142/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail143
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail143/bird.conf <<'EOF'
# generated by vnetbench for node jail143
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair143b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail143 bird -c /var/run/vnetbench/vnb-plan/jail143/bird.conf -s /var/run/vnetbench/vnb-plan/jail143/bird.ctl -P /var/run/vnetbench/vnb-plan/jail143/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail144
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail144/bird.conf <<'EOF'
# generated by vnetbench for node jail144
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair144b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail144 bird -c /var/run/vnetbench/vnb-plan/jail144/bird.conf -s /var/run/vnetbench/vnb-plan/jail144/bird.ctl -P /var/run/vnetbench/vnb-plan/jail144/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail145
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail145/bird.conf <<'EOF'
# generated by vnetbench for node jail145
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair145b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail145 bird -c /var/run/vnetbench/vnb-plan/jail145/bird.conf -s /var/run/vnetbench/vnb-plan/jail145/bird.ctl -P /var/run/vnetbench/vnb-plan/jail145/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail146
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail146/bird.conf <<'EOF'
# generated by vnetbench for node jail146
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair146b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail146 bird -c /var/run/vnetbench/vnb-plan/jail146/bird.conf -s /var/run/vnetbench/vnb-plan/jail146/bird.ctl -P /var/run/vnetbench/vnb-plan/jail146/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail147
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail147/bird.conf <<'EOF'
# generated by vnetbench for node jail147
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair147b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail147 bird -c /var/run/vnetbench/vnb-plan/jail147/bird.conf -s /var/run/vnetbench/vnb-plan/jail147/bird.ctl -P /var/run/vnetbench/vnb-plan/jail147/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail148
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail148/bird.conf <<'EOF'
# generated by vnetbench for node jail148
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair148b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail148 bird -c /var/run/vnetbench/vnb-plan/jail148/bird.conf -s /var/run/vnetbench/vnb-plan/jail148/bird.ctl -P /var/run/vnetbench/vnb-plan/jail148/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail149
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail149/bird.conf <<'EOF'
# generated by vnetbench for node jail149
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair149b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail149 bird -c /var/run/vnetbench/vnb-plan/jail149/bird.conf -s /var/run/vnetbench/vnb-plan/jail149/bird.ctl -P /var/run/vnetbench/vnb-plan/jail149/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail150
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail150/bird.conf <<'EOF'
# generated by vnetbench for node jail150
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair150b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail150 bird -c /var/run/vnetbench/vnb-plan/jail150/bird.conf -s /var/run/vnetbench/vnb-plan/jail150/bird.ctl -P /var/run/vnetbench/vnb-plan/jail150/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail151
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail151/bird.conf <<'EOF'
# generated by vnetbench for node jail151
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair151b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail151 bird -c /var/run/vnetbench/vnb-plan/jail151/bird.conf -s /var/run/vnetbench/vnb-plan/jail151/bird.ctl -P /var/run/vnetbench/vnb-plan/jail151/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail152
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail152/bird.conf <<'EOF'
# generated by vnetbench for node jail152
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair152b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail152 bird -c /var/run/vnetbench/vnb-plan/jail152/bird.conf -s /var/run/vnetbench/vnb-plan/jail152/bird.ctl -P /var/run/vnetbench/vnb-plan/jail152/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail153
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail153/bird.conf <<'EOF'
# generated by vnetbench for node jail153
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair153b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail153 bird -c /var/run/vnetbench/vnb-plan/jail153/bird.conf -s /var/run/vnetbench/vnb-plan/jail153/bird.ctl -P /var/run/vnetbench/vnb-plan/jail153/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail154
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail154/bird.conf <<'EOF'
# generated by vnetbench for node jail154
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair154b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail154 bird -c /var/run/vnetbench/vnb-plan/jail154/bird.conf -s /var/run/vnetbench/vnb-plan/jail154/bird.ctl -P /var/run/vnetbench/vnb-plan/jail154/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail155
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail155/bird.conf <<'EOF'
# generated by vnetbench for node jail155
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair155b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail155 bird -c /var/run/vnetbench/vnb-plan/jail155/bird.conf -s /var/run/vnetbench/vnb-plan/jail155/bird.ctl -P /var/run/vnetbench/vnb-plan/jail155/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail156
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail156/bird.conf <<'EOF'
# generated by vnetbench for node jail156
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair156b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail156 bird -c /var/run/vnetbench/vnb-plan/jail156/bird.conf -s /var/run/vnetbench/vnb-plan/jail156/bird.ctl -P /var/run/vnetbench/vnb-plan/jail156/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail157
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail157/bird.conf <<'EOF'
# generated by vnetbench for node jail157
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair157b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail157 bird -c /var/run/vnetbench/vnb-plan/jail157/bird.conf -s /var/run/vnetbench/vnb-plan/jail157/bird.ctl -P /var/run/vnetbench/vnb-plan/jail157/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail158
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail158/bird.conf <<'EOF'
# generated by vnetbench for node jail158
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair158b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail158 bird -c /var/run/vnetbench/vnb-plan/jail158/bird.conf -s /var/run/vnetbench/vnb-plan/jail158/bird.ctl -P /var/run/vnetbench/vnb-plan/jail158/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail159
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail159/bird.conf <<'EOF'
# generated by vnetbench for node jail159
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair159b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail159 bird -c /var/run/vnetbench/vnb-plan/jail159/bird.conf -s /var/run/vnetbench/vnb-plan/jail159/bird.ctl -P /var/run/vnetbench/vnb-plan/jail159/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail160
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail160/bird.conf <<'EOF'
# generated by vnetbench for node jail160
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair160b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail160 bird -c /var/run/vnetbench/vnb-plan/jail160/bird.conf -s /var/run/vnetbench/vnb-plan/jail160/bird.ctl -P /var/run/vnetbench/vnb-plan/jail160/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail161
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail161/bird.conf <<'EOF'
# generated by vnetbench for node jail161
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair161b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail161 bird -c /var/run/vnetbench/vnb-plan/jail161/bird.conf -s /var/run/vnetbench/vnb-plan/jail161/bird.ctl -P /var/run/vnetbench/vnb-plan/jail161/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail162
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail162/bird.conf <<'EOF'
# generated by vnetbench for node jail162
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair162b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail162 bird -c /var/run/vnetbench/vnb-plan/jail162/bird.conf -s /var/run/vnetbench/vnb-plan/jail162/bird.ctl -P /var/run/vnetbench/vnb-plan/jail162/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail163
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail163/bird.conf <<'EOF'
# generated by vnetbench for node jail163
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair163b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail163 bird -c /var/run/vnetbench/vnb-plan/jail163/bird.conf -s /var/run/vnetbench/vnb-plan/jail163/bird.ctl -P /var/run/vnetbench/vnb-plan/jail163/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail164
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail164/bird.conf <<'EOF'
# generated by vnetbench for node jail164
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair164b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail164 bird -c /var/run/vnetbench/vnb-plan/jail164/bird.conf -s /var/run/vnetbench/vnb-plan/jail164/bird.ctl -P /var/run/vnetbench/vnb-plan/jail164/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail165
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail165/bird.conf <<'EOF'
# generated by vnetbench for node jail165
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair165b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail165 bird -c /var/run/vnetbench/vnb-plan/jail165/bird.conf -s /var/run/vnetbench/vnb-plan/jail165/bird.ctl -P /var/run/vnetbench/vnb-plan/jail165/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail166
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail166/bird.conf <<'EOF'
# generated by vnetbench for node jail166
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair166b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail166 bird -c /var/run/vnetbench/vnb-plan/jail166/bird.conf -s /var/run/vnetbench/vnb-plan/jail166/bird.ctl -P /var/run/vnetbench/vnb-plan/jail166/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail167
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail167/bird.conf <<'EOF'
# generated by vnetbench for node jail167
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair167b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail167 bird -c /var/run/vnetbench/vnb-plan/jail167/bird.conf -s /var/run/vnetbench/vnb-plan/jail167/bird.ctl -P /var/run/vnetbench/vnb-plan/jail167/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail168
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail168/bird.conf <<'EOF'
# generated by vnetbench for node jail168
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair168b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail168 bird -c /var/run/vnetbench/vnb-plan/jail168/bird.conf -s /var/run/vnetbench/vnb-plan/jail168/bird.ctl -P /var/run/vnetbench/vnb-plan/jail168/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail169
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail169/bird.conf <<'EOF'
# generated by vnetbench for node jail169
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair169b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail169 bird -c /var/run/vnetbench/vnb-plan/jail169/bird.conf -s /var/run/vnetbench/vnb-plan/jail169/bird.ctl -P /var/run/vnetbench/vnb-plan/jail169/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail170
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail170/bird.conf <<'EOF'
# generated by vnetbench for node jail170
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair170b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail170 bird -c /var/run/vnetbench/vnb-plan/jail170/bird.conf -s /var/run/vnetbench/vnb-plan/jail170/bird.ctl -P /var/run/vnetbench/vnb-plan/jail170/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail171
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail171/bird.conf <<'EOF'
# generated by vnetbench for node jail171
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair171b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail171 bird -c /var/run/vnetbench/vnb-plan/jail171/bird.conf -s /var/run/vnetbench/vnb-plan/jail171/bird.ctl -P /var/run/vnetbench/vnb-plan/jail171/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail172
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail172/bird.conf <<'EOF'
# generated by vnetbench for node jail172
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair172b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail172 bird -c /var/run/vnetbench/vnb-plan/jail172/bird.conf -s /var/run/vnetbench/vnb-plan/jail172/bird.ctl -P /var/run/vnetbench/vnb-plan/jail172/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail173
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail173/bird.conf <<'EOF'
# generated by vnetbench for node jail173
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair173b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail173 bird -c /var/run/vnetbench/vnb-plan/jail173/bird.conf -s /var/run/vnetbench/vnb-plan/jail173/bird.ctl -P /var/run/vnetbench/vnb-plan/jail173/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail174
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail174/bird.conf <<'EOF'
# generated by vnetbench for node jail174
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair174b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail174 bird -c /var/run/vnetbench/vnb-plan/jail174/bird.conf -s /var/run/vnetbench/vnb-plan/jail174/bird.ctl -P /var/run/vnetbench/vnb-plan/jail174/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail175
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail175/bird.conf <<'EOF'
# generated by vnetbench for node jail175
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair175b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail175 bird -c /var/run/vnetbench/vnb-plan/jail175/bird.conf -s /var/run/vnetbench/vnb-plan/jail175/bird.ctl -P /var/run/vnetbench/vnb-plan/jail175/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail176
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail176/bird.conf <<'EOF'
# generated by vnetbench for node jail176
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair176b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail176 bird -c /var/run/vnetbench/vnb-plan/jail176/bird.conf -s /var/run/vnetbench/vnb-plan/jail176/bird.ctl -P /var/run/vnetbench/vnb-plan/jail176/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail177
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail177/bird.conf <<'EOF'
# generated by vnetbench for node jail177
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair177b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail177 bird -c /var/run/vnetbench/vnb-plan/jail177/bird.conf -s /var/run/vnetbench/vnb-plan/jail177/bird.ctl -P /var/run/vnetbench/vnb-plan/jail177/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail178
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail178/bird.conf <<'EOF'
# generated by vnetbench for node jail178
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair178b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail178 bird -c /var/run/vnetbench/vnb-plan/jail178/bird.conf -s /var/run/vnetbench/vnb-plan/jail178/bird.ctl -P /var/run/vnetbench/vnb-plan/jail178/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail179
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail179/bird.conf <<'EOF'
# generated by vnetbench for node jail179
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair179b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail179 bird -c /var/run/vnetbench/vnb-plan/jail179/bird.conf -s /var/run/vnetbench/vnb-plan/jail179/bird.ctl -P /var/run/vnetbench/vnb-plan/jail179/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail180
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail180/bird.conf <<'EOF'
# generated by vnetbench for node jail180
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair180b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail180 bird -c /var/run/vnetbench/vnb-plan/jail180/bird.conf -s /var/run/vnetbench/vnb-plan/jail180/bird.ctl -P /var/run/vnetbench/vnb-plan/jail180/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail181
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail181/bird.conf <<'EOF'
# generated by vnetbench for node jail181
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair181b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail181 bird -c /var/run/vnetbench/vnb-plan/jail181/bird.conf -s /var/run/vnetbench/vnb-plan/jail181/bird.ctl -P /var/run/vnetbench/vnb-plan/jail181/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail182
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail182/bird.conf <<'EOF'
# generated by vnetbench for node jail182
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair182b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail182 bird -c /var/run/vnetbench/vnb-plan/jail182/bird.conf -s /var/run/vnetbench/vnb-plan/jail182/bird.ctl -P /var/run/vnetbench/vnb-plan/jail182/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail183
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail183/bird.conf <<'EOF'
# generated by vnetbench for node jail183
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair183b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail183 bird -c /var/run/vnetbench/vnb-plan/jail183/bird.conf -s /var/run/vnetbench/vnb-plan/jail183/bird.ctl -P /var/run/vnetbench/vnb-plan/jail183/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail184
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail184/bird.conf <<'EOF'
# generated by vnetbench for node jail184
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair184b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail184 bird -c /var/run/vnetbench/vnb-plan/jail184/bird.conf -s /var/run/vnetbench/vnb-plan/jail184/bird.ctl -P /var/run/vnetbench/vnb-plan/jail184/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail185
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail185/bird.conf <<'EOF'
# generated by vnetbench for node jail185
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair185b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail185 bird -c /var/run/vnetbench/vnb-plan/jail185/bird.conf -s /var/run/vnetbench/vnb-plan/jail185/bird.ctl -P /var/run/vnetbench/vnb-plan/jail185/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail186
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail186/bird.conf <<'EOF'
# generated by vnetbench for node jail186
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair186b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail186 bird -c /var/run/vnetbench/vnb-plan/jail186/bird.conf -s /var/run/vnetbench/vnb-plan/jail186/bird.ctl -P /var/run/vnetbench/vnb-plan/jail186/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail187
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail187/bird.conf <<'EOF'
# generated by vnetbench for node jail187
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair187b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail187 bird -c /var/run/vnetbench/vnb-plan/jail187/bird.conf -s /var/run/vnetbench/vnb-plan/jail187/bird.ctl -P /var/run/vnetbench/vnb-plan/jail187/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail188
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail188/bird.conf <<'EOF'
# generated by vnetbench for node jail188
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair188b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail188 bird -c /var/run/vnetbench/vnb-plan/jail188/bird.conf -s /var/run/vnetbench/vnb-plan/jail188/bird.ctl -P /var/run/vnetbench/vnb-plan/jail188/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail189
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail189/bird.conf <<'EOF'
# generated by vnetbench for node jail189
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair189b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail189 bird -c /var/run/vnetbench/vnb-plan/jail189/bird.conf -s /var/run/vnetbench/vnb-plan/jail189/bird.ctl -P /var/run/vnetbench/vnb-plan/jail189/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail190
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail190/bird.conf <<'EOF'
# generated by vnetbench for node jail190
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair190b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail190 bird -c /var/run/vnetbench/vnb-plan/jail190/bird.conf -s /var/run/vnetbench/vnb-plan/jail190/bird.ctl -P /var/run/vnetbench/vnb-plan/jail190/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail191
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail191/bird.conf <<'EOF'
# generated by vnetbench for node jail191
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair191b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail191 bird -c /var/run/vnetbench/vnb-plan/jail191/bird.conf -s /var/run/vnetbench/vnb-plan/jail191/bird.ctl -P /var/run/vnetbench/vnb-plan/jail191/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail192
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail192/bird.conf <<'EOF'
# generated by vnetbench for node jail192
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair192b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail192 bird -c /var/run/vnetbench/vnb-plan/jail192/bird.conf -s /var/run/vnetbench/vnb-plan/jail192/bird.ctl -P /var/run/vnetbench/vnb-plan/jail192/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail193
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail193/bird.conf <<'EOF'
# generated by vnetbench for node jail193
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair193b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail193 bird -c /var/run/vnetbench/vnb-plan/jail193/bird.conf -s /var/run/vnetbench/vnb-plan/jail193/bird.ctl -P /var/run/vnetbench/vnb-plan/jail193/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail194
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail194/bird.conf <<'EOF'
# generated by vnetbench for node jail194
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair194b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail194 bird -c /var/run/vnetbench/vnb-plan/jail194/bird.conf -s /var/run/vnetbench/vnb-plan/jail194/bird.ctl -P /var/run/vnetbench/vnb-plan/jail194/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail195
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail195/bird.conf <<'EOF'
# generated by vnetbench for node jail195
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair195b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail195 bird -c /var/run/vnetbench/vnb-plan/jail195/bird.conf -s /var/run/vnetbench/vnb-plan/jail195/bird.ctl -P /var/run/vnetbench/vnb-plan/jail195/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail196
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail196/bird.conf <<'EOF'
# generated by vnetbench for node jail196
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair196b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail196 bird -c /var/run/vnetbench/vnb-plan/jail196/bird.conf -s /var/run/vnetbench/vnb-plan/jail196/bird.ctl -P /var/run/vnetbench/vnb-plan/jail196/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail197
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail197/bird.conf <<'EOF'
# generated by vnetbench for node jail197
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair197b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail197 bird -c /var/run/vnetbench/vnb-plan/jail197/bird.conf -s /var/run/vnetbench/vnb-plan/jail197/bird.ctl -P /var/run/vnetbench/vnb-plan/jail197/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail198
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail198/bird.conf <<'EOF'
# generated by vnetbench for node jail198
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair198b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail198 bird -c /var/run/vnetbench/vnb-plan/jail198/bird.conf -s /var/run/vnetbench/vnb-plan/jail198/bird.ctl -P /var/run/vnetbench/vnb-plan/jail198/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail199
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail199/bird.conf <<'EOF'
# generated by vnetbench for node jail199
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair199b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail199 bird -c /var/run/vnetbench/vnb-plan/jail199/bird.conf -s /var/run/vnetbench/vnb-plan/jail199/bird.ctl -P /var/run/vnetbench/vnb-plan/jail199/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail200
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail200/bird.conf <<'EOF'
# generated by vnetbench for node jail200
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair200b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail200 bird -c /var/run/vnetbench/vnb-plan/jail200/bird.conf -s /var/run/vnetbench/vnb-plan/jail200/bird.ctl -P /var/run/vnetbench/vnb-plan/jail200/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail201
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail201/bird.conf <<'EOF'
# generated by vnetbench for node jail201
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair201b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail201 bird -c /var/run/vnetbench/vnb-plan/jail201/bird.conf -s /var/run/vnetbench/vnb-plan/jail201/bird.ctl -P /var/run/vnetbench/vnb-plan/jail201/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail202
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail202/bird.conf <<'EOF'
# generated by vnetbench for node jail202
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair202b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail202 bird -c /var/run/vnetbench/vnb-plan/jail202/bird.conf -s /var/run/vnetbench/vnb-plan/jail202/bird.ctl -P /var/run/vnetbench/vnb-plan/jail202/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail203
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail203/bird.conf <<'EOF'
# generated by vnetbench for node jail203
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair203b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail203 bird -c /var/run/vnetbench/vnb-plan/jail203/bird.conf -s /var/run/vnetbench/vnb-plan/jail203/bird.ctl -P /var/run/vnetbench/vnb-plan/jail203/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail204
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail204/bird.conf <<'EOF'
# generated by vnetbench for node jail204
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair204b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail204 bird -c /var/run/vnetbench/vnb-plan/jail204/bird.conf -s /var/run/vnetbench/vnb-plan/jail204/bird.ctl -P /var/run/vnetbench/vnb-plan/jail204/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail205
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail205/bird.conf <<'EOF'
# generated by vnetbench for node jail205
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair205b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail205 bird -c /var/run/vnetbench/vnb-plan/jail205/bird.conf -s /var/run/vnetbench/vnb-plan/jail205/bird.ctl -P /var/run/vnetbench/vnb-plan/jail205/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail206
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail206/bird.conf <<'EOF'
# generated by vnetbench for node jail206
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair206b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail206 bird -c /var/run/vnetbench/vnb-plan/jail206/bird.conf -s /var/run/vnetbench/vnb-plan/jail206/bird.ctl -P /var/run/vnetbench/vnb-plan/jail206/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail207
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail207/bird.conf <<'EOF'
# generated by vnetbench for node jail207
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair207b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail207 bird -c /var/run/vnetbench/vnb-plan/jail207/bird.conf -s /var/run/vnetbench/vnb-plan/jail207/bird.ctl -P /var/run/vnetbench/vnb-plan/jail207/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail208
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail208/bird.conf <<'EOF'
# generated by vnetbench for node jail208
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair208b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail208 bird -c /var/run/vnetbench/vnb-plan/jail208/bird.conf -s /var/run/vnetbench/vnb-plan/jail208/bird.ctl -P /var/run/vnetbench/vnb-plan/jail208/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail209
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail209/bird.conf <<'EOF'
# generated by vnetbench for node jail209
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair209b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail209 bird -c /var/run/vnetbench/vnb-plan/jail209/bird.conf -s /var/run/vnetbench/vnb-plan/jail209/bird.ctl -P /var/run/vnetbench/vnb-plan/jail209/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail210
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail210/bird.conf <<'EOF'
# generated by vnetbench for node jail210
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair210b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail210 bird -c /var/run/vnetbench/vnb-plan/jail210/bird.conf -s /var/run/vnetbench/vnb-plan/jail210/bird.ctl -P /var/run/vnetbench/vnb-plan/jail210/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail211
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail211/bird.conf <<'EOF'
# generated by vnetbench for node jail211
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair211b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail211 bird -c /var/run/vnetbench/vnb-plan/jail211/bird.conf -s /var/run/vnetbench/vnb-plan/jail211/bird.ctl -P /var/run/vnetbench/vnb-plan/jail211/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail212
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail212/bird.conf <<'EOF'
# generated by vnetbench for node jail212
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair212b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail212 bird -c /var/run/vnetbench/vnb-plan/jail212/bird.conf -s /var/run/vnetbench/vnb-plan/jail212/bird.ctl -P /var/run/vnetbench/vnb-plan/jail212/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail213
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail213/bird.conf <<'EOF'
# generated by vnetbench for node jail213
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair213b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail213 bird -c /var/run/vnetbench/vnb-plan/jail213/bird.conf -s /var/run/vnetbench/vnb-plan/jail213/bird.ctl -P /var/run/vnetbench/vnb-plan/jail213/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail214
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail214/bird.conf <<'EOF'
# generated by vnetbench for node jail214
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair214b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail214 bird -c /var/run/vnetbench/vnb-plan/jail214/bird.conf -s /var/run/vnetbench/vnb-plan/jail214/bird.ctl -P /var/run/vnetbench/vnb-plan/jail214/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail215
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail215/bird.conf <<'EOF'
# generated by vnetbench for node jail215
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair215b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail215 bird -c /var/run/vnetbench/vnb-plan/jail215/bird.conf -s /var/run/vnetbench/vnb-plan/jail215/bird.ctl -P /var/run/vnetbench/vnb-plan/jail215/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail216
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail216/bird.conf <<'EOF'
# generated by vnetbench for node jail216
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair216b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail216 bird -c /var/run/vnetbench/vnb-plan/jail216/bird.conf -s /var/run/vnetbench/vnb-plan/jail216/bird.ctl -P /var/run/vnetbench/vnb-plan/jail216/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail217
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail217/bird.conf <<'EOF'
# generated by vnetbench for node jail217
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair217b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail217 bird -c /var/run/vnetbench/vnb-plan/jail217/bird.conf -s /var/run/vnetbench/vnb-plan/jail217/bird.ctl -P /var/run/vnetbench/vnb-plan/jail217/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail218
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail218/bird.conf <<'EOF'
# generated by vnetbench for node jail218
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair218b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail218 bird -c /var/run/vnetbench/vnb-plan/jail218/bird.conf -s /var/run/vnetbench/vnb-plan/jail218/bird.ctl -P /var/run/vnetbench/vnb-plan/jail218/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail219
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail219/bird.conf <<'EOF'
# generated by vnetbench for node jail219
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair219b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail219 bird -c /var/run/vnetbench/vnb-plan/jail219/bird.conf -s /var/run/vnetbench/vnb-plan/jail219/bird.ctl -P /var/run/vnetbench/vnb-plan/jail219/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail220
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail220/bird.conf <<'EOF'
# generated by vnetbench for node jail220
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair220b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail220 bird -c /var/run/vnetbench/vnb-plan/jail220/bird.conf -s /var/run/vnetbench/vnb-plan/jail220/bird.ctl -P /var/run/vnetbench/vnb-plan/jail220/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail221
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail221/bird.conf <<'EOF'
# generated by vnetbench for node jail221
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair221b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail221 bird -c /var/run/vnetbench/vnb-plan/jail221/bird.conf -s /var/run/vnetbench/vnb-plan/jail221/bird.ctl -P /var/run/vnetbench/vnb-plan/jail221/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail222
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail222/bird.conf <<'EOF'
# generated by vnetbench for node jail222
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair222b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail222 bird -c /var/run/vnetbench/vnb-plan/jail222/bird.conf -s /var/run/vnetbench/vnb-plan/jail222/bird.ctl -P /var/run/vnetbench/vnb-plan/jail222/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail223
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail223/bird.conf <<'EOF'
# generated by vnetbench for node jail223
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair223b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail223 bird -c /var/run/vnetbench/vnb-plan/jail223/bird.conf -s /var/run/vnetbench/vnb-plan/jail223/bird.ctl -P /var/run/vnetbench/vnb-plan/jail223/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail224
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail224/bird.conf <<'EOF'
# generated by vnetbench for node jail224
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair224b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail224 bird -c /var/run/vnetbench/vnb-plan/jail224/bird.conf -s /var/run/vnetbench/vnb-plan/jail224/bird.ctl -P /var/run/vnetbench/vnb-plan/jail224/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail225
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail225/bird.conf <<'EOF'
# generated by vnetbench for node jail225
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair225b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail225 bird -c /var/run/vnetbench/vnb-plan/jail225/bird.conf -s /var/run/vnetbench/vnb-plan/jail225/bird.ctl -P /var/run/vnetbench/vnb-plan/jail225/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail226
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail226/bird.conf <<'EOF'
# generated by vnetbench for node jail226
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair226b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail226 bird -c /var/run/vnetbench/vnb-plan/jail226/bird.conf -s /var/run/vnetbench/vnb-plan/jail226/bird.ctl -P /var/run/vnetbench/vnb-plan/jail226/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail227
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail227/bird.conf <<'EOF'
# generated by vnetbench for node jail227
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair227b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail227 bird -c /var/run/vnetbench/vnb-plan/jail227/bird.conf -s /var/run/vnetbench/vnb-plan/jail227/bird.ctl -P /var/run/vnetbench/vnb-plan/jail227/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail228
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail228/bird.conf <<'EOF'
# generated by vnetbench for node jail228
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair228b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail228 bird -c /var/run/vnetbench/vnb-plan/jail228/bird.conf -s /var/run/vnetbench/vnb-plan/jail228/bird.ctl -P /var/run/vnetbench/vnb-plan/jail228/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail229
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail229/bird.conf <<'EOF'
# generated by vnetbench for node jail229
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair229b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail229 bird -c /var/run/vnetbench/vnb-plan/jail229/bird.conf -s /var/run/vnetbench/vnb-plan/jail229/bird.ctl -P /var/run/vnetbench/vnb-plan/jail229/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail230
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail230/bird.conf <<'EOF'
# generated by vnetbench for node jail230
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair230b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail230 bird -c /var/run/vnetbench/vnb-plan/jail230/bird.conf -s /var/run/vnetbench/vnb-plan/jail230/bird.ctl -P /var/run/vnetbench/vnb-plan/jail230/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail231
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail231/bird.conf <<'EOF'
# generated by vnetbench for node jail231
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair231b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail231 bird -c /var/run/vnetbench/vnb-plan/jail231/bird.conf -s /var/run/vnetbench/vnb-plan/jail231/bird.ctl -P /var/run/vnetbench/vnb-plan/jail231/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail232
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail232/bird.conf <<'EOF'
# generated by vnetbench for node jail232
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair232b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail232 bird -c /var/run/vnetbench/vnb-plan/jail232/bird.conf -s /var/run/vnetbench/vnb-plan/jail232/bird.ctl -P /var/run/vnetbench/vnb-plan/jail232/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail233
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail233/bird.conf <<'EOF'
# generated by vnetbench for node jail233
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair233b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail233 bird -c /var/run/vnetbench/vnb-plan/jail233/bird.conf -s /var/run/vnetbench/vnb-plan/jail233/bird.ctl -P /var/run/vnetbench/vnb-plan/jail233/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail234
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail234/bird.conf <<'EOF'
# generated by vnetbench for node jail234
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair234b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail234 bird -c /var/run/vnetbench/vnb-plan/jail234/bird.conf -s /var/run/vnetbench/vnb-plan/jail234/bird.ctl -P /var/run/vnetbench/vnb-plan/jail234/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail235
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail235/bird.conf <<'EOF'
# generated by vnetbench for node jail235
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair235b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail235 bird -c /var/run/vnetbench/vnb-plan/jail235/bird.conf -s /var/run/vnetbench/vnb-plan/jail235/bird.ctl -P /var/run/vnetbench/vnb-plan/jail235/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail236
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail236/bird.conf <<'EOF'
# generated by vnetbench for node jail236
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair236b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail236 bird -c /var/run/vnetbench/vnb-plan/jail236/bird.conf -s /var/run/vnetbench/vnb-plan/jail236/bird.ctl -P /var/run/vnetbench/vnb-plan/jail236/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail237
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail237/bird.conf <<'EOF'
# generated by vnetbench for node jail237
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair237b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail237 bird -c /var/run/vnetbench/vnb-plan/jail237/bird.conf -s /var/run/vnetbench/vnb-plan/jail237/bird.ctl -P /var/run/vnetbench/vnb-plan/jail237/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail238
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail238/bird.conf <<'EOF'
# generated by vnetbench for node jail238
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair238b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail238 bird -c /var/run/vnetbench/vnb-plan/jail238/bird.conf -s /var/run/vnetbench/vnb-plan/jail238/bird.ctl -P /var/run/vnetbench/vnb-plan/jail238/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail239
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail239/bird.conf <<'EOF'
# generated by vnetbench for node jail239
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair239b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail239 bird -c /var/run/vnetbench/vnb-plan/jail239/bird.conf -s /var/run/vnetbench/vnb-plan/jail239/bird.ctl -P /var/run/vnetbench/vnb-plan/jail239/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail240
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail240/bird.conf <<'EOF'
# generated by vnetbench for node jail240
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair240b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail240 bird -c /var/run/vnetbench/vnb-plan/jail240/bird.conf -s /var/run/vnetbench/vnb-plan/jail240/bird.ctl -P /var/run/vnetbench/vnb-plan/jail240/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail241
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail241/bird.conf <<'EOF'
# generated by vnetbench for node jail241
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair241b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail241 bird -c /var/run/vnetbench/vnb-plan/jail241/bird.conf -s /var/run/vnetbench/vnb-plan/jail241/bird.ctl -P /var/run/vnetbench/vnb-plan/jail241/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail242
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail242/bird.conf <<'EOF'
# generated by vnetbench for node jail242
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair242b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail242 bird -c /var/run/vnetbench/vnb-plan/jail242/bird.conf -s /var/run/vnetbench/vnb-plan/jail242/bird.ctl -P /var/run/vnetbench/vnb-plan/jail242/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail243
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail243/bird.conf <<'EOF'
# generated by vnetbench for node jail243
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair243b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail243 bird -c /var/run/vnetbench/vnb-plan/jail243/bird.conf -s /var/run/vnetbench/vnb-plan/jail243/bird.ctl -P /var/run/vnetbench/vnb-plan/jail243/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail244
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail244/bird.conf <<'EOF'
# generated by vnetbench for node jail244
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair244b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail244 bird -c /var/run/vnetbench/vnb-plan/jail244/bird.conf -s /var/run/vnetbench/vnb-plan/jail244/bird.ctl -P /var/run/vnetbench/vnb-plan/jail244/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail245
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail245/bird.conf <<'EOF'
# generated by vnetbench for node jail245
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair245b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail245 bird -c /var/run/vnetbench/vnb-plan/jail245/bird.conf -s /var/run/vnetbench/vnb-plan/jail245/bird.ctl -P /var/run/vnetbench/vnb-plan/jail245/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail246
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail246/bird.conf <<'EOF'
# generated by vnetbench for node jail246
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair246b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail246 bird -c /var/run/vnetbench/vnb-plan/jail246/bird.conf -s /var/run/vnetbench/vnb-plan/jail246/bird.ctl -P /var/run/vnetbench/vnb-plan/jail246/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail247
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail247/bird.conf <<'EOF'
# generated by vnetbench for node jail247
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair247b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail247 bird -c /var/run/vnetbench/vnb-plan/jail247/bird.conf -s /var/run/vnetbench/vnb-plan/jail247/bird.ctl -P /var/run/vnetbench/vnb-plan/jail247/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail248
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail248/bird.conf <<'EOF'
# generated by vnetbench for node jail248
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair248b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail248 bird -c /var/run/vnetbench/vnb-plan/jail248/bird.conf -s /var/run/vnetbench/vnb-plan/jail248/bird.ctl -P /var/run/vnetbench/vnb-plan/jail248/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail249
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail249/bird.conf <<'EOF'
# generated by vnetbench for node jail249
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair249b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail249 bird -c /var/run/vnetbench/vnb-plan/jail249/bird.conf -s /var/run/vnetbench/vnb-plan/jail249/bird.ctl -P /var/run/vnetbench/vnb-plan/jail249/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail250
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail250/bird.conf <<'EOF'
# generated by vnetbench for node jail250
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair250b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail250 bird -c /var/run/vnetbench/vnb-plan/jail250/bird.conf -s /var/run/vnetbench/vnb-plan/jail250/bird.ctl -P /var/run/vnetbench/vnb-plan/jail250/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail251
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail251/bird.conf <<'EOF'
# generated by vnetbench for node jail251
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair251b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail251 bird -c /var/run/vnetbench/vnb-plan/jail251/bird.conf -s /var/run/vnetbench/vnb-plan/jail251/bird.ctl -P /var/run/vnetbench/vnb-plan/jail251/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail252
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail252/bird.conf <<'EOF'
# generated by vnetbench for node jail252
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair252b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail252 bird -c /var/run/vnetbench/vnb-plan/jail252/bird.conf -s /var/run/vnetbench/vnb-plan/jail252/bird.ctl -P /var/run/vnetbench/vnb-plan/jail252/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail253
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail253/bird.conf <<'EOF'
# generated by vnetbench for node jail253
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair253b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail253 bird -c /var/run/vnetbench/vnb-plan/jail253/bird.conf -s /var/run/vnetbench/vnb-plan/jail253/bird.ctl -P /var/run/vnetbench/vnb-plan/jail253/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail254
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail254/bird.conf <<'EOF'
# generated by vnetbench for node jail254
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair254b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail254 bird -c /var/run/vnetbench/vnb-plan/jail254/bird.conf -s /var/run/vnetbench/vnb-plan/jail254/bird.ctl -P /var/run/vnetbench/vnb-plan/jail254/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail255
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail255/bird.conf <<'EOF'
# generated by vnetbench for node jail255
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair255b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail255 bird -c /var/run/vnetbench/vnb-plan/jail255/bird.conf -s /var/run/vnetbench/vnb-plan/jail255/bird.ctl -P /var/run/vnetbench/vnb-plan/jail255/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail256
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail256/bird.conf <<'EOF'
# generated by vnetbench for node jail256
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair256b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail256 bird -c /var/run/vnetbench/vnb-plan/jail256/bird.conf -s /var/run/vnetbench/vnb-plan/jail256/bird.ctl -P /var/run/vnetbench/vnb-plan/jail256/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail257
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail257/bird.conf <<'EOF'
# generated by vnetbench for node jail257
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair257b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail257 bird -c /var/run/vnetbench/vnb-plan/jail257/bird.conf -s /var/run/vnetbench/vnb-plan/jail257/bird.ctl -P /var/run/vnetbench/vnb-plan/jail257/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail258
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail258/bird.conf <<'EOF'
# generated by vnetbench for node jail258
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair258b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail258 bird -c /var/run/vnetbench/vnb-plan/jail258/bird.conf -s /var/run/vnetbench/vnb-plan/jail258/bird.ctl -P /var/run/vnetbench/vnb-plan/jail258/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail259
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail259/bird.conf <<'EOF'
# generated by vnetbench for node jail259
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair259b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail259 bird -c /var/run/vnetbench/vnb-plan/jail259/bird.conf -s /var/run/vnetbench/vnb-plan/jail259/bird.ctl -P /var/run/vnetbench/vnb-plan/jail259/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail260
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail260/bird.conf <<'EOF'
# generated by vnetbench for node jail260
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair260b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail260 bird -c /var/run/vnetbench/vnb-plan/jail260/bird.conf -s /var/run/vnetbench/vnb-plan/jail260/bird.ctl -P /var/run/vnetbench/vnb-plan/jail260/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail261
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail261/bird.conf <<'EOF'
# generated by vnetbench for node jail261
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair261b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail261 bird -c /var/run/vnetbench/vnb-plan/jail261/bird.conf -s /var/run/vnetbench/vnb-plan/jail261/bird.ctl -P /var/run/vnetbench/vnb-plan/jail261/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail262
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail262/bird.conf <<'EOF'
# generated by vnetbench for node jail262
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair262b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail262 bird -c /var/run/vnetbench/vnb-plan/jail262/bird.conf -s /var/run/vnetbench/vnb-plan/jail262/bird.ctl -P /var/run/vnetbench/vnb-plan/jail262/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail263
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail263/bird.conf <<'EOF'
# generated by vnetbench for node jail263
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair263b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail263 bird -c /var/run/vnetbench/vnb-plan/jail263/bird.conf -s /var/run/vnetbench/vnb-plan/jail263/bird.ctl -P /var/run/vnetbench/vnb-plan/jail263/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail264
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail264/bird.conf <<'EOF'
# generated by vnetbench for node jail264
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair264b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail264 bird -c /var/run/vnetbench/vnb-plan/jail264/bird.conf -s /var/run/vnetbench/vnb-plan/jail264/bird.ctl -P /var/run/vnetbench/vnb-plan/jail264/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail265
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail265/bird.conf <<'EOF'
# generated by vnetbench for node jail265
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair265b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail265 bird -c /var/run/vnetbench/vnb-plan/jail265/bird.conf -s /var/run/vnetbench/vnb-plan/jail265/bird.ctl -P /var/run/vnetbench/vnb-plan/jail265/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail266
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail266/bird.conf <<'EOF'
# generated by vnetbench for node jail266
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair266b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail266 bird -c /var/run/vnetbench/vnb-plan/jail266/bird.conf -s /var/run/vnetbench/vnb-plan/jail266/bird.ctl -P /var/run/vnetbench/vnb-plan/jail266/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail267
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail267/bird.conf <<'EOF'
# generated by vnetbench for node jail267
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair267b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail267 bird -c /var/run/vnetbench/vnb-plan/jail267/bird.conf -s /var/run/vnetbench/vnb-plan/jail267/bird.ctl -P /var/run/vnetbench/vnb-plan/jail267/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail268
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail268/bird.conf <<'EOF'
# generated by vnetbench for node jail268
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair268b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail268 bird -c /var/run/vnetbench/vnb-plan/jail268/bird.conf -s /var/run/vnetbench/vnb-plan/jail268/bird.ctl -P /var/run/vnetbench/vnb-plan/jail268/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail269
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail269/bird.conf <<'EOF'
# generated by vnetbench for node jail269
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair269b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail269 bird -c /var/run/vnetbench/vnb-plan/jail269/bird.conf -s /var/run/vnetbench/vnb-plan/jail269/bird.ctl -P /var/run/vnetbench/vnb-plan/jail269/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail270
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail270/bird.conf <<'EOF'
# generated by vnetbench for node jail270
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair270b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail270 bird -c /var/run/vnetbench/vnb-plan/jail270/bird.conf -s /var/run/vnetbench/vnb-plan/jail270/bird.ctl -P /var/run/vnetbench/vnb-plan/jail270/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail271
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail271/bird.conf <<'EOF'
# generated by vnetbench for node jail271
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair271b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail271 bird -c /var/run/vnetbench/vnb-plan/jail271/bird.conf -s /var/run/vnetbench/vnb-plan/jail271/bird.ctl -P /var/run/vnetbench/vnb-plan/jail271/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail272
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail272/bird.conf <<'EOF'
# generated by vnetbench for node jail272
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair272b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail272 bird -c /var/run/vnetbench/vnb-plan/jail272/bird.conf -s /var/run/vnetbench/vnb-plan/jail272/bird.ctl -P /var/run/vnetbench/vnb-plan/jail272/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail273
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail273/bird.conf <<'EOF'
# generated by vnetbench for node jail273
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair273b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail273 bird -c /var/run/vnetbench/vnb-plan/jail273/bird.conf -s /var/run/vnetbench/vnb-plan/jail273/bird.ctl -P /var/run/vnetbench/vnb-plan/jail273/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail274
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail274/bird.conf <<'EOF'
# generated by vnetbench for node jail274
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair274b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail274 bird -c /var/run/vnetbench/vnb-plan/jail274/bird.conf -s /var/run/vnetbench/vnb-plan/jail274/bird.ctl -P /var/run/vnetbench/vnb-plan/jail274/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail275
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail275/bird.conf <<'EOF'
# generated by vnetbench for node jail275
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair275b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail275 bird -c /var/run/vnetbench/vnb-plan/jail275/bird.conf -s /var/run/vnetbench/vnb-plan/jail275/bird.ctl -P /var/run/vnetbench/vnb-plan/jail275/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail276
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail276/bird.conf <<'EOF'
# generated by vnetbench for node jail276
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair276b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail276 bird -c /var/run/vnetbench/vnb-plan/jail276/bird.conf -s /var/run/vnetbench/vnb-plan/jail276/bird.ctl -P /var/run/vnetbench/vnb-plan/jail276/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail277
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail277/bird.conf <<'EOF'
# generated by vnetbench for node jail277
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair277b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail277 bird -c /var/run/vnetbench/vnb-plan/jail277/bird.conf -s /var/run/vnetbench/vnb-plan/jail277/bird.ctl -P /var/run/vnetbench/vnb-plan/jail277/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail278
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail278/bird.conf <<'EOF'
# generated by vnetbench for node jail278
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair278b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail278 bird -c /var/run/vnetbench/vnb-plan/jail278/bird.conf -s /var/run/vnetbench/vnb-plan/jail278/bird.ctl -P /var/run/vnetbench/vnb-plan/jail278/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail279
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail279/bird.conf <<'EOF'
# generated by vnetbench for node jail279
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair279b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail279 bird -c /var/run/vnetbench/vnb-plan/jail279/bird.conf -s /var/run/vnetbench/vnb-plan/jail279/bird.ctl -P /var/run/vnetbench/vnb-plan/jail279/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail280
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail280/bird.conf <<'EOF'
# generated by vnetbench for node jail280
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair280b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail280 bird -c /var/run/vnetbench/vnb-plan/jail280/bird.conf -s /var/run/vnetbench/vnb-plan/jail280/bird.ctl -P /var/run/vnetbench/vnb-plan/jail280/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail281
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail281/bird.conf <<'EOF'
# generated by vnetbench for node jail281
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair281b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail281 bird -c /var/run/vnetbench/vnb-plan/jail281/bird.conf -s /var/run/vnetbench/vnb-plan/jail281/bird.ctl -P /var/run/vnetbench/vnb-plan/jail281/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail282
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail282/bird.conf <<'EOF'
# generated by vnetbench for node jail282
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair282b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail282 bird -c /var/run/vnetbench/vnb-plan/jail282/bird.conf -s /var/run/vnetbench/vnb-plan/jail282/bird.ctl -P /var/run/vnetbench/vnb-plan/jail282/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail283
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail283/bird.conf <<'EOF'
# generated by vnetbench for node jail283
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair283b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail283 bird -c /var/run/vnetbench/vnb-plan/jail283/bird.conf -s /var/run/vnetbench/vnb-plan/jail283/bird.ctl -P /var/run/vnetbench/vnb-plan/jail283/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail284
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail284/bird.conf <<'EOF'
# generated by vnetbench for node jail284
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair284b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail284 bird -c /var/run/vnetbench/vnb-plan/jail284/bird.conf -s /var/run/vnetbench/vnb-plan/jail284/bird.ctl -P /var/run/vnetbench/vnb-plan/jail284/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail285
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail285/bird.conf <<'EOF'
# generated by vnetbench for node jail285
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair285b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail285 bird -c /var/run/vnetbench/vnb-plan/jail285/bird.conf -s /var/run/vnetbench/vnb-plan/jail285/bird.ctl -P /var/run/vnetbench/vnb-plan/jail285/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail286
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail286/bird.conf <<'EOF'
# generated by vnetbench for node jail286
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair286b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail286 bird -c /var/run/vnetbench/vnb-plan/jail286/bird.conf -s /var/run/vnetbench/vnb-plan/jail286/bird.ctl -P /var/run/vnetbench/vnb-plan/jail286/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail287
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail287/bird.conf <<'EOF'
# generated by vnetbench for node jail287
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair287b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail287 bird -c /var/run/vnetbench/vnb-plan/jail287/bird.conf -s /var/run/vnetbench/vnb-plan/jail287/bird.ctl -P /var/run/vnetbench/vnb-plan/jail287/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail288
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail288/bird.conf <<'EOF'
# generated by vnetbench for node jail288
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair288b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail288 bird -c /var/run/vnetbench/vnb-plan/jail288/bird.conf -s /var/run/vnetbench/vnb-plan/jail288/bird.ctl -P /var/run/vnetbench/vnb-plan/jail288/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail289
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail289/bird.conf <<'EOF'
# generated by vnetbench for node jail289
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair289b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail289 bird -c /var/run/vnetbench/vnb-plan/jail289/bird.conf -s /var/run/vnetbench/vnb-plan/jail289/bird.ctl -P /var/run/vnetbench/vnb-plan/jail289/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail290
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail290/bird.conf <<'EOF'
# generated by vnetbench for node jail290
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair290b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail290 bird -c /var/run/vnetbench/vnb-plan/jail290/bird.conf -s /var/run/vnetbench/vnb-plan/jail290/bird.ctl -P /var/run/vnetbench/vnb-plan/jail290/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail291
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail291/bird.conf <<'EOF'
# generated by vnetbench for node jail291
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair291b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail291 bird -c /var/run/vnetbench/vnb-plan/jail291/bird.conf -s /var/run/vnetbench/vnb-plan/jail291/bird.ctl -P /var/run/vnetbench/vnb-plan/jail291/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail292
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail292/bird.conf <<'EOF'
# generated by vnetbench for node jail292
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair292b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail292 bird -c /var/run/vnetbench/vnb-plan/jail292/bird.conf -s /var/run/vnetbench/vnb-plan/jail292/bird.ctl -P /var/run/vnetbench/vnb-plan/jail292/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail293
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail293/bird.conf <<'EOF'
# generated by vnetbench for node jail293
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair293b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail293 bird -c /var/run/vnetbench/vnb-plan/jail293/bird.conf -s /var/run/vnetbench/vnb-plan/jail293/bird.ctl -P /var/run/vnetbench/vnb-plan/jail293/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail294
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail294/bird.conf <<'EOF'
# generated by vnetbench for node jail294
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair294b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail294 bird -c /var/run/vnetbench/vnb-plan/jail294/bird.conf -s /var/run/vnetbench/vnb-plan/jail294/bird.ctl -P /var/run/vnetbench/vnb-plan/jail294/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail295
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail295/bird.conf <<'EOF'
# generated by vnetbench for node jail295
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair295b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail295 bird -c /var/run/vnetbench/vnb-plan/jail295/bird.conf -s /var/run/vnetbench/vnb-plan/jail295/bird.ctl -P /var/run/vnetbench/vnb-plan/jail295/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail296
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail296/bird.conf <<'EOF'
# generated by vnetbench for node jail296
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair296b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail296 bird -c /var/run/vnetbench/vnb-plan/jail296/bird.conf -s /var/run/vnetbench/vnb-plan/jail296/bird.ctl -P /var/run/vnetbench/vnb-plan/jail296/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail297
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail297/bird.conf <<'EOF'
# generated by vnetbench for node jail297
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair297b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail297 bird -c /var/run/vnetbench/vnb-plan/jail297/bird.conf -s /var/run/vnetbench/vnb-plan/jail297/bird.ctl -P /var/run/vnetbench/vnb-plan/jail297/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail298
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail298/bird.conf <<'EOF'
# generated by vnetbench for node jail298
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair298b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail298 bird -c /var/run/vnetbench/vnb-plan/jail298/bird.conf -s /var/run/vnetbench/vnb-plan/jail298/bird.ctl -P /var/run/vnetbench/vnb-plan/jail298/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail299
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail299/bird.conf <<'EOF'
# generated by vnetbench for node jail299
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair299b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail299 bird -c /var/run/vnetbench/vnb-plan/jail299/bird.conf -s /var/run/vnetbench/vnb-plan/jail299/bird.ctl -P /var/run/vnetbench/vnb-plan/jail299/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail300
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail300/bird.conf <<'EOF'
# generated by vnetbench for node jail300
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair300b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail300 bird -c /var/run/vnetbench/vnb-plan/jail300/bird.conf -s /var/run/vnetbench/vnb-plan/jail300/bird.ctl -P /var/run/vnetbench/vnb-plan/jail300/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail301
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail301/bird.conf <<'EOF'
# generated by vnetbench for node jail301
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair301b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail301 bird -c /var/run/vnetbench/vnb-plan/jail301/bird.conf -s /var/run/vnetbench/vnb-plan/jail301/bird.ctl -P /var/run/vnetbench/vnb-plan/jail301/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail302
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail302/bird.conf <<'EOF'
# generated by vnetbench for node jail302
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair302b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail302 bird -c /var/run/vnetbench/vnb-plan/jail302/bird.conf -s /var/run/vnetbench/vnb-plan/jail302/bird.ctl -P /var/run/vnetbench/vnb-plan/jail302/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail303
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail303/bird.conf <<'EOF'
# generated by vnetbench for node jail303
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair303b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail303 bird -c /var/run/vnetbench/vnb-plan/jail303/bird.conf -s /var/run/vnetbench/vnb-plan/jail303/bird.ctl -P /var/run/vnetbench/vnb-plan/jail303/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail304
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail304/bird.conf <<'EOF'
# generated by vnetbench for node jail304
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair304b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail304 bird -c /var/run/vnetbench/vnb-plan/jail304/bird.conf -s /var/run/vnetbench/vnb-plan/jail304/bird.ctl -P /var/run/vnetbench/vnb-plan/jail304/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail305
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail305/bird.conf <<'EOF'
# generated by vnetbench for node jail305
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair305b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail305 bird -c /var/run/vnetbench/vnb-plan/jail305/bird.conf -s /var/run/vnetbench/vnb-plan/jail305/bird.ctl -P /var/run/vnetbench/vnb-plan/jail305/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail306
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail306/bird.conf <<'EOF'
# generated by vnetbench for node jail306
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair306b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail306 bird -c /var/run/vnetbench/vnb-plan/jail306/bird.conf -s /var/run/vnetbench/vnb-plan/jail306/bird.ctl -P /var/run/vnetbench/vnb-plan/jail306/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail307
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail307/bird.conf <<'EOF'
# generated by vnetbench for node jail307
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair307b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail307 bird -c /var/run/vnetbench/vnb-plan/jail307/bird.conf -s /var/run/vnetbench/vnb-plan/jail307/bird.ctl -P /var/run/vnetbench/vnb-plan/jail307/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail308
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail308/bird.conf <<'EOF'
# generated by vnetbench for node jail308
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair308b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail308 bird -c /var/run/vnetbench/vnb-plan/jail308/bird.conf -s /var/run/vnetbench/vnb-plan/jail308/bird.ctl -P /var/run/vnetbench/vnb-plan/jail308/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail309
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail309/bird.conf <<'EOF'
# generated by vnetbench for node jail309
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair309b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail309 bird -c /var/run/vnetbench/vnb-plan/jail309/bird.conf -s /var/run/vnetbench/vnb-plan/jail309/bird.ctl -P /var/run/vnetbench/vnb-plan/jail309/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail310
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail310/bird.conf <<'EOF'
# generated by vnetbench for node jail310
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair310b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail310 bird -c /var/run/vnetbench/vnb-plan/jail310/bird.conf -s /var/run/vnetbench/vnb-plan/jail310/bird.ctl -P /var/run/vnetbench/vnb-plan/jail310/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail311
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail311/bird.conf <<'EOF'
# generated by vnetbench for node jail311
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair311b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail311 bird -c /var/run/vnetbench/vnb-plan/jail311/bird.conf -s /var/run/vnetbench/vnb-plan/jail311/bird.ctl -P /var/run/vnetbench/vnb-plan/jail311/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail312
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail312/bird.conf <<'EOF'
# generated by vnetbench for node jail312
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair312b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail312 bird -c /var/run/vnetbench/vnb-plan/jail312/bird.conf -s /var/run/vnetbench/vnb-plan/jail312/bird.ctl -P /var/run/vnetbench/vnb-plan/jail312/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail313
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail313/bird.conf <<'EOF'
# generated by vnetbench for node jail313
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair313b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail313 bird -c /var/run/vnetbench/vnb-plan/jail313/bird.conf -s /var/run/vnetbench/vnb-plan/jail313/bird.ctl -P /var/run/vnetbench/vnb-plan/jail313/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail314
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail314/bird.conf <<'EOF'
# generated by vnetbench for node jail314
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair314b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail314 bird -c /var/run/vnetbench/vnb-plan/jail314/bird.conf -s /var/run/vnetbench/vnb-plan/jail314/bird.ctl -P /var/run/vnetbench/vnb-plan/jail314/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail315
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail315/bird.conf <<'EOF'
# generated by vnetbench for node jail315
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair315b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail315 bird -c /var/run/vnetbench/vnb-plan/jail315/bird.conf -s /var/run/vnetbench/vnb-plan/jail315/bird.ctl -P /var/run/vnetbench/vnb-plan/jail315/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail316
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail316/bird.conf <<'EOF'
# generated by vnetbench for node jail316
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair316b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail316 bird -c /var/run/vnetbench/vnb-plan/jail316/bird.conf -s /var/run/vnetbench/vnb-plan/jail316/bird.ctl -P /var/run/vnetbench/vnb-plan/jail316/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail317
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail317/bird.conf <<'EOF'
# generated by vnetbench for node jail317
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair317b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail317 bird -c /var/run/vnetbench/vnb-plan/jail317/bird.conf -s /var/run/vnetbench/vnb-plan/jail317/bird.ctl -P /var/run/vnetbench/vnb-plan/jail317/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail318
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail318/bird.conf <<'EOF'
# generated by vnetbench for node jail318
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair318b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail318 bird -c /var/run/vnetbench/vnb-plan/jail318/bird.conf -s /var/run/vnetbench/vnb-plan/jail318/bird.ctl -P /var/run/vnetbench/vnb-plan/jail318/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail319
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail319/bird.conf <<'EOF'
# generated by vnetbench for node jail319
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair319b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail319 bird -c /var/run/vnetbench/vnb-plan/jail319/bird.conf -s /var/run/vnetbench/vnb-plan/jail319/bird.ctl -P /var/run/vnetbench/vnb-plan/jail319/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail320
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail320/bird.conf <<'EOF'
# generated by vnetbench for node jail320
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair320b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail320 bird -c /var/run/vnetbench/vnb-plan/jail320/bird.conf -s /var/run/vnetbench/vnb-plan/jail320/bird.ctl -P /var/run/vnetbench/vnb-plan/jail320/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail321
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail321/bird.conf <<'EOF'
# generated by vnetbench for node jail321
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair321b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail321 bird -c /var/run/vnetbench/vnb-plan/jail321/bird.conf -s /var/run/vnetbench/vnb-plan/jail321/bird.ctl -P /var/run/vnetbench/vnb-plan/jail321/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail322
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail322/bird.conf <<'EOF'
# generated by vnetbench for node jail322
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair322b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail322 bird -c /var/run/vnetbench/vnb-plan/jail322/bird.conf -s /var/run/vnetbench/vnb-plan/jail322/bird.ctl -P /var/run/vnetbench/vnb-plan/jail322/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail323
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail323/bird.conf <<'EOF'
# generated by vnetbench for node jail323
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair323b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail323 bird -c /var/run/vnetbench/vnb-plan/jail323/bird.conf -s /var/run/vnetbench/vnb-plan/jail323/bird.ctl -P /var/run/vnetbench/vnb-plan/jail323/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail324
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail324/bird.conf <<'EOF'
# generated by vnetbench for node jail324
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair324b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail324 bird -c /var/run/vnetbench/vnb-plan/jail324/bird.conf -s /var/run/vnetbench/vnb-plan/jail324/bird.ctl -P /var/run/vnetbench/vnb-plan/jail324/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail325
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail325/bird.conf <<'EOF'
# generated by vnetbench for node jail325
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair325b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail325 bird -c /var/run/vnetbench/vnb-plan/jail325/bird.conf -s /var/run/vnetbench/vnb-plan/jail325/bird.ctl -P /var/run/vnetbench/vnb-plan/jail325/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail326
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail326/bird.conf <<'EOF'
# generated by vnetbench for node jail326
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair326b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail326 bird -c /var/run/vnetbench/vnb-plan/jail326/bird.conf -s /var/run/vnetbench/vnb-plan/jail326/bird.ctl -P /var/run/vnetbench/vnb-plan/jail326/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail327
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail327/bird.conf <<'EOF'
# generated by vnetbench for node jail327
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair327b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail327 bird -c /var/run/vnetbench/vnb-plan/jail327/bird.conf -s /var/run/vnetbench/vnb-plan/jail327/bird.ctl -P /var/run/vnetbench/vnb-plan/jail327/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail328
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail328/bird.conf <<'EOF'
# generated by vnetbench for node jail328
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair328b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail328 bird -c /var/run/vnetbench/vnb-plan/jail328/bird.conf -s /var/run/vnetbench/vnb-plan/jail328/bird.ctl -P /var/run/vnetbench/vnb-plan/jail328/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail329
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail329/bird.conf <<'EOF'
# generated by vnetbench for node jail329
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair329b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail329 bird -c /var/run/vnetbench/vnb-plan/jail329/bird.conf -s /var/run/vnetbench/vnb-plan/jail329/bird.ctl -P /var/run/vnetbench/vnb-plan/jail329/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail330
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail330/bird.conf <<'EOF'
# generated by vnetbench for node jail330
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair330b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail330 bird -c /var/run/vnetbench/vnb-plan/jail330/bird.conf -s /var/run/vnetbench/vnb-plan/jail330/bird.ctl -P /var/run/vnetbench/vnb-plan/jail330/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail331
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail331/bird.conf <<'EOF'
# generated by vnetbench for node jail331
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair331b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail331 bird -c /var/run/vnetbench/vnb-plan/jail331/bird.conf -s /var/run/vnetbench/vnb-plan/jail331/bird.ctl -P /var/run/vnetbench/vnb-plan/jail331/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail332
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail332/bird.conf <<'EOF'
# generated by vnetbench for node jail332
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair332b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail332 bird -c /var/run/vnetbench/vnb-plan/jail332/bird.conf -s /var/run/vnetbench/vnb-plan/jail332/bird.ctl -P /var/run/vnetbench/vnb-plan/jail332/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail333
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail333/bird.conf <<'EOF'
# generated by vnetbench for node jail333
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair333b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail333 bird -c /var/run/vnetbench/vnb-plan/jail333/bird.conf -s /var/run/vnetbench/vnb-plan/jail333/bird.ctl -P /var/run/vnetbench/vnb-plan/jail333/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail334
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail334/bird.conf <<'EOF'
# generated by vnetbench for node jail334
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair334b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail334 bird -c /var/run/vnetbench/vnb-plan/jail334/bird.conf -s /var/run/vnetbench/vnb-plan/jail334/bird.ctl -P /var/run/vnetbench/vnb-plan/jail334/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail335
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail335/bird.conf <<'EOF'
# generated by vnetbench for node jail335
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair335b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail335 bird -c /var/run/vnetbench/vnb-plan/jail335/bird.conf -s /var/run/vnetbench/vnb-plan/jail335/bird.ctl -P /var/run/vnetbench/vnb-plan/jail335/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail336
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail336/bird.conf <<'EOF'
# generated by vnetbench for node jail336
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair336b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail336 bird -c /var/run/vnetbench/vnb-plan/jail336/bird.conf -s /var/run/vnetbench/vnb-plan/jail336/bird.ctl -P /var/run/vnetbench/vnb-plan/jail336/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail337
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail337/bird.conf <<'EOF'
# generated by vnetbench for node jail337
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair337b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail337 bird -c /var/run/vnetbench/vnb-plan/jail337/bird.conf -s /var/run/vnetbench/vnb-plan/jail337/bird.ctl -P /var/run/vnetbench/vnb-plan/jail337/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail338
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail338/bird.conf <<'EOF'
# generated by vnetbench for node jail338
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair338b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail338 bird -c /var/run/vnetbench/vnb-plan/jail338/bird.conf -s /var/run/vnetbench/vnb-plan/jail338/bird.ctl -P /var/run/vnetbench/vnb-plan/jail338/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail339
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail339/bird.conf <<'EOF'
# generated by vnetbench for node jail339
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair339b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail339 bird -c /var/run/vnetbench/vnb-plan/jail339/bird.conf -s /var/run/vnetbench/vnb-plan/jail339/bird.ctl -P /var/run/vnetbench/vnb-plan/jail339/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail340
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail340/bird.conf <<'EOF'
# generated by vnetbench for node jail340
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair340b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail340 bird -c /var/run/vnetbench/vnb-plan/jail340/bird.conf -s /var/run/vnetbench/vnb-plan/jail340/bird.ctl -P /var/run/vnetbench/vnb-plan/jail340/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail341
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail341/bird.conf <<'EOF'
# generated by vnetbench for node jail341
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair341b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail341 bird -c /var/run/vnetbench/vnb-plan/jail341/bird.conf -s /var/run/vnetbench/vnb-plan/jail341/bird.ctl -P /var/run/vnetbench/vnb-plan/jail341/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail342
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail342/bird.conf <<'EOF'
# generated by vnetbench for node jail342
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair342b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail342 bird -c /var/run/vnetbench/vnb-plan/jail342/bird.conf -s /var/run/vnetbench/vnb-plan/jail342/bird.ctl -P /var/run/vnetbench/vnb-plan/jail342/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail343
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail343/bird.conf <<'EOF'
# generated by vnetbench for node jail343
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair343b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail343 bird -c /var/run/vnetbench/vnb-plan/jail343/bird.conf -s /var/run/vnetbench/vnb-plan/jail343/bird.ctl -P /var/run/vnetbench/vnb-plan/jail343/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail344
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail344/bird.conf <<'EOF'
# generated by vnetbench for node jail344
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair344b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail344 bird -c /var/run/vnetbench/vnb-plan/jail344/bird.conf -s /var/run/vnetbench/vnb-plan/jail344/bird.ctl -P /var/run/vnetbench/vnb-plan/jail344/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail345
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail345/bird.conf <<'EOF'
# generated by vnetbench for node jail345
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair345b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail345 bird -c /var/run/vnetbench/vnb-plan/jail345/bird.conf -s /var/run/vnetbench/vnb-plan/jail345/bird.ctl -P /var/run/vnetbench/vnb-plan/jail345/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail346
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail346/bird.conf <<'EOF'
# generated by vnetbench for node jail346
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair346b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail346 bird -c /var/run/vnetbench/vnb-plan/jail346/bird.conf -s /var/run/vnetbench/vnb-plan/jail346/bird.ctl -P /var/run/vnetbench/vnb-plan/jail346/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail347
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail347/bird.conf <<'EOF'
# generated by vnetbench for node jail347
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair347b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail347 bird -c /var/run/vnetbench/vnb-plan/jail347/bird.conf -s /var/run/vnetbench/vnb-plan/jail347/bird.ctl -P /var/run/vnetbench/vnb-plan/jail347/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail348
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail348/bird.conf <<'EOF'
# generated by vnetbench for node jail348
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair348b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail348 bird -c /var/run/vnetbench/vnb-plan/jail348/bird.conf -s /var/run/vnetbench/vnb-plan/jail348/bird.ctl -P /var/run/vnetbench/vnb-plan/jail348/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail349
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail349/bird.conf <<'EOF'
# generated by vnetbench for node jail349
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair349b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail349 bird -c /var/run/vnetbench/vnb-plan/jail349/bird.conf -s /var/run/vnetbench/vnb-plan/jail349/bird.ctl -P /var/run/vnetbench/vnb-plan/jail349/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail350
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail350/bird.conf <<'EOF'
# generated by vnetbench for node jail350
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair350b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail350 bird -c /var/run/vnetbench/vnb-plan/jail350/bird.conf -s /var/run/vnetbench/vnb-plan/jail350/bird.ctl -P /var/run/vnetbench/vnb-plan/jail350/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail351
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail351/bird.conf <<'EOF'
# generated by vnetbench for node jail351
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair351b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail351 bird -c /var/run/vnetbench/vnb-plan/jail351/bird.conf -s /var/run/vnetbench/vnb-plan/jail351/bird.ctl -P /var/run/vnetbench/vnb-plan/jail351/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail352
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail352/bird.conf <<'EOF'
# generated by vnetbench for node jail352
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair352b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail352 bird -c /var/run/vnetbench/vnb-plan/jail352/bird.conf -s /var/run/vnetbench/vnb-plan/jail352/bird.ctl -P /var/run/vnetbench/vnb-plan/jail352/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail353
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail353/bird.conf <<'EOF'
# generated by vnetbench for node jail353
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair353b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail353 bird -c /var/run/vnetbench/vnb-plan/jail353/bird.conf -s /var/run/vnetbench/vnb-plan/jail353/bird.ctl -P /var/run/vnetbench/vnb-plan/jail353/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail354
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail354/bird.conf <<'EOF'
# generated by vnetbench for node jail354
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair354b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail354 bird -c /var/run/vnetbench/vnb-plan/jail354/bird.conf -s /var/run/vnetbench/vnb-plan/jail354/bird.ctl -P /var/run/vnetbench/vnb-plan/jail354/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail355
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail355/bird.conf <<'EOF'
# generated by vnetbench for node jail355
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair355b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail355 bird -c /var/run/vnetbench/vnb-plan/jail355/bird.conf -s /var/run/vnetbench/vnb-plan/jail355/bird.ctl -P /var/run/vnetbench/vnb-plan/jail355/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail356
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail356/bird.conf <<'EOF'
# generated by vnetbench for node jail356
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair356b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail356 bird -c /var/run/vnetbench/vnb-plan/jail356/bird.conf -s /var/run/vnetbench/vnb-plan/jail356/bird.ctl -P /var/run/vnetbench/vnb-plan/jail356/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail357
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail357/bird.conf <<'EOF'
# generated by vnetbench for node jail357
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair357b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail357 bird -c /var/run/vnetbench/vnb-plan/jail357/bird.conf -s /var/run/vnetbench/vnb-plan/jail357/bird.ctl -P /var/run/vnetbench/vnb-plan/jail357/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail358
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail358/bird.conf <<'EOF'
# generated by vnetbench for node jail358
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair358b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail358 bird -c /var/run/vnetbench/vnb-plan/jail358/bird.conf -s /var/run/vnetbench/vnb-plan/jail358/bird.ctl -P /var/run/vnetbench/vnb-plan/jail358/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail359
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail359/bird.conf <<'EOF'
# generated by vnetbench for node jail359
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair359b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail359 bird -c /var/run/vnetbench/vnb-plan/jail359/bird.conf -s /var/run/vnetbench/vnb-plan/jail359/bird.ctl -P /var/run/vnetbench/vnb-plan/jail359/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail360
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail360/bird.conf <<'EOF'
# generated by vnetbench for node jail360
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair360b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail360 bird -c /var/run/vnetbench/vnb-plan/jail360/bird.conf -s /var/run/vnetbench/vnb-plan/jail360/bird.ctl -P /var/run/vnetbench/vnb-plan/jail360/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail361
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail361/bird.conf <<'EOF'
# generated by vnetbench for node jail361
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair361b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail361 bird -c /var/run/vnetbench/vnb-plan/jail361/bird.conf -s /var/run/vnetbench/vnb-plan/jail361/bird.ctl -P /var/run/vnetbench/vnb-plan/jail361/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail362
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail362/bird.conf <<'EOF'
# generated by vnetbench for node jail362
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair362b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail362 bird -c /var/run/vnetbench/vnb-plan/jail362/bird.conf -s /var/run/vnetbench/vnb-plan/jail362/bird.ctl -P /var/run/vnetbench/vnb-plan/jail362/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail363
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail363/bird.conf <<'EOF'
# generated by vnetbench for node jail363
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair363b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail363 bird -c /var/run/vnetbench/vnb-plan/jail363/bird.conf -s /var/run/vnetbench/vnb-plan/jail363/bird.ctl -P /var/run/vnetbench/vnb-plan/jail363/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail364
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail364/bird.conf <<'EOF'
# generated by vnetbench for node jail364
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair364b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail364 bird -c /var/run/vnetbench/vnb-plan/jail364/bird.conf -s /var/run/vnetbench/vnb-plan/jail364/bird.ctl -P /var/run/vnetbench/vnb-plan/jail364/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail365
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail365/bird.conf <<'EOF'
# generated by vnetbench for node jail365
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair365b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail365 bird -c /var/run/vnetbench/vnb-plan/jail365/bird.conf -s /var/run/vnetbench/vnb-plan/jail365/bird.ctl -P /var/run/vnetbench/vnb-plan/jail365/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail366
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail366/bird.conf <<'EOF'
# generated by vnetbench for node jail366
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair366b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail366 bird -c /var/run/vnetbench/vnb-plan/jail366/bird.conf -s /var/run/vnetbench/vnb-plan/jail366/bird.ctl -P /var/run/vnetbench/vnb-plan/jail366/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail367
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail367/bird.conf <<'EOF'
# generated by vnetbench for node jail367
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair367b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail367 bird -c /var/run/vnetbench/vnb-plan/jail367/bird.conf -s /var/run/vnetbench/vnb-plan/jail367/bird.ctl -P /var/run/vnetbench/vnb-plan/jail367/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail368
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail368/bird.conf <<'EOF'
# generated by vnetbench for node jail368
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair368b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail368 bird -c /var/run/vnetbench/vnb-plan/jail368/bird.conf -s /var/run/vnetbench/vnb-plan/jail368/bird.ctl -P /var/run/vnetbench/vnb-plan/jail368/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail369
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail369/bird.conf <<'EOF'
# generated by vnetbench for node jail369
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair369b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail369 bird -c /var/run/vnetbench/vnb-plan/jail369/bird.conf -s /var/run/vnetbench/vnb-plan/jail369/bird.ctl -P /var/run/vnetbench/vnb-plan/jail369/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail370
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail370/bird.conf <<'EOF'
# generated by vnetbench for node jail370
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair370b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail370 bird -c /var/run/vnetbench/vnb-plan/jail370/bird.conf -s /var/run/vnetbench/vnb-plan/jail370/bird.ctl -P /var/run/vnetbench/vnb-plan/jail370/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail371
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail371/bird.conf <<'EOF'
# generated by vnetbench for node jail371
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair371b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail371 bird -c /var/run/vnetbench/vnb-plan/jail371/bird.conf -s /var/run/vnetbench/vnb-plan/jail371/bird.ctl -P /var/run/vnetbench/vnb-plan/jail371/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail372
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail372/bird.conf <<'EOF'
# generated by vnetbench for node jail372
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair372b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail372 bird -c /var/run/vnetbench/vnb-plan/jail372/bird.conf -s /var/run/vnetbench/vnb-plan/jail372/bird.ctl -P /var/run/vnetbench/vnb-plan/jail372/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail373
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail373/bird.conf <<'EOF'
# generated by vnetbench for node jail373
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair373b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail373 bird -c /var/run/vnetbench/vnb-plan/jail373/bird.conf -s /var/run/vnetbench/vnb-plan/jail373/bird.ctl -P /var/run/vnetbench/vnb-plan/jail373/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail374
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail374/bird.conf <<'EOF'
# generated by vnetbench for node jail374
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair374b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail374 bird -c /var/run/vnetbench/vnb-plan/jail374/bird.conf -s /var/run/vnetbench/vnb-plan/jail374/bird.ctl -P /var/run/vnetbench/vnb-plan/jail374/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail375
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail375/bird.conf <<'EOF'
# generated by vnetbench for node jail375
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair375b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail375 bird -c /var/run/vnetbench/vnb-plan/jail375/bird.conf -s /var/run/vnetbench/vnb-plan/jail375/bird.ctl -P /var/run/vnetbench/vnb-plan/jail375/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail376
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail376/bird.conf <<'EOF'
# generated by vnetbench for node jail376
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair376b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail376 bird -c /var/run/vnetbench/vnb-plan/jail376/bird.conf -s /var/run/vnetbench/vnb-plan/jail376/bird.ctl -P /var/run/vnetbench/vnb-plan/jail376/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail377
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail377/bird.conf <<'EOF'
# generated by vnetbench for node jail377
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair377b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail377 bird -c /var/run/vnetbench/vnb-plan/jail377/bird.conf -s /var/run/vnetbench/vnb-plan/jail377/bird.ctl -P /var/run/vnetbench/vnb-plan/jail377/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail378
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail378/bird.conf <<'EOF'
# generated by vnetbench for node jail378
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair378b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail378 bird -c /var/run/vnetbench/vnb-plan/jail378/bird.conf -s /var/run/vnetbench/vnb-plan/jail378/bird.ctl -P /var/run/vnetbench/vnb-plan/jail378/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail379
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail379/bird.conf <<'EOF'
# generated by vnetbench for node jail379
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair379b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail379 bird -c /var/run/vnetbench/vnb-plan/jail379/bird.conf -s /var/run/vnetbench/vnb-plan/jail379/bird.ctl -P /var/run/vnetbench/vnb-plan/jail379/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail380
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail380/bird.conf <<'EOF'
# generated by vnetbench for node jail380
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair380b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail380 bird -c /var/run/vnetbench/vnb-plan/jail380/bird.conf -s /var/run/vnetbench/vnb-plan/jail380/bird.ctl -P /var/run/vnetbench/vnb-plan/jail380/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail381
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail381/bird.conf <<'EOF'
# generated by vnetbench for node jail381
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair381b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail381 bird -c /var/run/vnetbench/vnb-plan/jail381/bird.conf -s /var/run/vnetbench/vnb-plan/jail381/bird.ctl -P /var/run/vnetbench/vnb-plan/jail381/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail382
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail382/bird.conf <<'EOF'
# generated by vnetbench for node jail382
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair382b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail382 bird -c /var/run/vnetbench/vnb-plan/jail382/bird.conf -s /var/run/vnetbench/vnb-plan/jail382/bird.ctl -P /var/run/vnetbench/vnb-plan/jail382/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail383
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail383/bird.conf <<'EOF'
# generated by vnetbench for node jail383
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair383b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail383 bird -c /var/run/vnetbench/vnb-plan/jail383/bird.conf -s /var/run/vnetbench/vnb-plan/jail383/bird.ctl -P /var/run/vnetbench/vnb-plan/jail383/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail384
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail384/bird.conf <<'EOF'
# generated by vnetbench for node jail384
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair384b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail384 bird -c /var/run/vnetbench/vnb-plan/jail384/bird.conf -s /var/run/vnetbench/vnb-plan/jail384/bird.ctl -P /var/run/vnetbench/vnb-plan/jail384/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail385
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail385/bird.conf <<'EOF'
# generated by vnetbench for node jail385
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair385b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail385 bird -c /var/run/vnetbench/vnb-plan/jail385/bird.conf -s /var/run/vnetbench/vnb-plan/jail385/bird.ctl -P /var/run/vnetbench/vnb-plan/jail385/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail386
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail386/bird.conf <<'EOF'
# generated by vnetbench for node jail386
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair386b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail386 bird -c /var/run/vnetbench/vnb-plan/jail386/bird.conf -s /var/run/vnetbench/vnb-plan/jail386/bird.ctl -P /var/run/vnetbench/vnb-plan/jail386/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail387
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail387/bird.conf <<'EOF'
# generated by vnetbench for node jail387
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair387b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail387 bird -c /var/run/vnetbench/vnb-plan/jail387/bird.conf -s /var/run/vnetbench/vnb-plan/jail387/bird.ctl -P /var/run/vnetbench/vnb-plan/jail387/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail388
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail388/bird.conf <<'EOF'
# generated by vnetbench for node jail388
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair388b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail388 bird -c /var/run/vnetbench/vnb-plan/jail388/bird.conf -s /var/run/vnetbench/vnb-plan/jail388/bird.ctl -P /var/run/vnetbench/vnb-plan/jail388/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail389
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail389/bird.conf <<'EOF'
# generated by vnetbench for node jail389
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair389b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail389 bird -c /var/run/vnetbench/vnb-plan/jail389/bird.conf -s /var/run/vnetbench/vnb-plan/jail389/bird.ctl -P /var/run/vnetbench/vnb-plan/jail389/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail390
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail390/bird.conf <<'EOF'
# generated by vnetbench for node jail390
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair390b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail390 bird -c /var/run/vnetbench/vnb-plan/jail390/bird.conf -s /var/run/vnetbench/vnb-plan/jail390/bird.ctl -P /var/run/vnetbench/vnb-plan/jail390/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail391
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail391/bird.conf <<'EOF'
# generated by vnetbench for node jail391
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair391b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail391 bird -c /var/run/vnetbench/vnb-plan/jail391/bird.conf -s /var/run/vnetbench/vnb-plan/jail391/bird.ctl -P /var/run/vnetbench/vnb-plan/jail391/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail392
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail392/bird.conf <<'EOF'
# generated by vnetbench for node jail392
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair392b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail392 bird -c /var/run/vnetbench/vnb-plan/jail392/bird.conf -s /var/run/vnetbench/vnb-plan/jail392/bird.ctl -P /var/run/vnetbench/vnb-plan/jail392/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail393
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail393/bird.conf <<'EOF'
# generated by vnetbench for node jail393
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair393b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail393 bird -c /var/run/vnetbench/vnb-plan/jail393/bird.conf -s /var/run/vnetbench/vnb-plan/jail393/bird.ctl -P /var/run/vnetbench/vnb-plan/jail393/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail394
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail394/bird.conf <<'EOF'
# generated by vnetbench for node jail394
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair394b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail394 bird -c /var/run/vnetbench/vnb-plan/jail394/bird.conf -s /var/run/vnetbench/vnb-plan/jail394/bird.ctl -P /var/run/vnetbench/vnb-plan/jail394/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail395
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail395/bird.conf <<'EOF'
# generated by vnetbench for node jail395
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair395b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail395 bird -c /var/run/vnetbench/vnb-plan/jail395/bird.conf -s /var/run/vnetbench/vnb-plan/jail395/bird.ctl -P /var/run/vnetbench/vnb-plan/jail395/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail396
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail396/bird.conf <<'EOF'
# generated by vnetbench for node jail396
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair396b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail396 bird -c /var/run/vnetbench/vnb-plan/jail396/bird.conf -s /var/run/vnetbench/vnb-plan/jail396/bird.ctl -P /var/run/vnetbench/vnb-plan/jail396/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail397
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail397/bird.conf <<'EOF'
# generated by vnetbench for node jail397
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair397b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail397 bird -c /var/run/vnetbench/vnb-plan/jail397/bird.conf -s /var/run/vnetbench/vnb-plan/jail397/bird.ctl -P /var/run/vnetbench/vnb-plan/jail397/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail398
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail398/bird.conf <<'EOF'
# generated by vnetbench for node jail398
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair398b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail398 bird -c /var/run/vnetbench/vnb-plan/jail398/bird.conf -s /var/run/vnetbench/vnb-plan/jail398/bird.ctl -P /var/run/vnetbench/vnb-plan/jail398/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail399
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail399/bird.conf <<'EOF'
# generated by vnetbench for node jail399
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair399b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail399 bird -c /var/run/vnetbench/vnb-plan/jail399/bird.conf -s /var/run/vnetbench/vnb-plan/jail399/bird.ctl -P /var/run/vnetbench/vnb-plan/jail399/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail400
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail400/bird.conf <<'EOF'
# generated by vnetbench for node jail400
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair400b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail400 bird -c /var/run/vnetbench/vnb-plan/jail400/bird.conf -s /var/run/vnetbench/vnb-plan/jail400/bird.ctl -P /var/run/vnetbench/vnb-plan/jail400/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail401
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail401/bird.conf <<'EOF'
# generated by vnetbench for node jail401
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair401b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail401 bird -c /var/run/vnetbench/vnb-plan/jail401/bird.conf -s /var/run/vnetbench/vnb-plan/jail401/bird.ctl -P /var/run/vnetbench/vnb-plan/jail401/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail402
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail402/bird.conf <<'EOF'
# generated by vnetbench for node jail402
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair402b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail402 bird -c /var/run/vnetbench/vnb-plan/jail402/bird.conf -s /var/run/vnetbench/vnb-plan/jail402/bird.ctl -P /var/run/vnetbench/vnb-plan/jail402/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail403
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail403/bird.conf <<'EOF'
# generated by vnetbench for node jail403
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair403b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail403 bird -c /var/run/vnetbench/vnb-plan/jail403/bird.conf -s /var/run/vnetbench/vnb-plan/jail403/bird.ctl -P /var/run/vnetbench/vnb-plan/jail403/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail404
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail404/bird.conf <<'EOF'
# generated by vnetbench for node jail404
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair404b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail404 bird -c /var/run/vnetbench/vnb-plan/jail404/bird.conf -s /var/run/vnetbench/vnb-plan/jail404/bird.ctl -P /var/run/vnetbench/vnb-plan/jail404/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail405
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail405/bird.conf <<'EOF'
# generated by vnetbench for node jail405
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair405b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail405 bird -c /var/run/vnetbench/vnb-plan/jail405/bird.conf -s /var/run/vnetbench/vnb-plan/jail405/bird.ctl -P /var/run/vnetbench/vnb-plan/jail405/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail406
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail406/bird.conf <<'EOF'
# generated by vnetbench for node jail406
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair406b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail406 bird -c /var/run/vnetbench/vnb-plan/jail406/bird.conf -s /var/run/vnetbench/vnb-plan/jail406/bird.ctl -P /var/run/vnetbench/vnb-plan/jail406/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail407
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail407/bird.conf <<'EOF'
# generated by vnetbench for node jail407
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair407b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail407 bird -c /var/run/vnetbench/vnb-plan/jail407/bird.conf -s /var/run/vnetbench/vnb-plan/jail407/bird.ctl -P /var/run/vnetbench/vnb-plan/jail407/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail408
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail408/bird.conf <<'EOF'
# generated by vnetbench for node jail408
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair408b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail408 bird -c /var/run/vnetbench/vnb-plan/jail408/bird.conf -s /var/run/vnetbench/vnb-plan/jail408/bird.ctl -P /var/run/vnetbench/vnb-plan/jail408/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail409
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail409/bird.conf <<'EOF'
# generated by vnetbench for node jail409
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair409b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail409 bird -c /var/run/vnetbench/vnb-plan/jail409/bird.conf -s /var/run/vnetbench/vnb-plan/jail409/bird.ctl -P /var/run/vnetbench/vnb-plan/jail409/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail410
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail410/bird.conf <<'EOF'
# generated by vnetbench for node jail410
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair410b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail410 bird -c /var/run/vnetbench/vnb-plan/jail410/bird.conf -s /var/run/vnetbench/vnb-plan/jail410/bird.ctl -P /var/run/vnetbench/vnb-plan/jail410/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail411
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail411/bird.conf <<'EOF'
# generated by vnetbench for node jail411
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair411b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail411 bird -c /var/run/vnetbench/vnb-plan/jail411/bird.conf -s /var/run/vnetbench/vnb-plan/jail411/bird.ctl -P /var/run/vnetbench/vnb-plan/jail411/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail412
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail412/bird.conf <<'EOF'
# generated by vnetbench for node jail412
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair412b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail412 bird -c /var/run/vnetbench/vnb-plan/jail412/bird.conf -s /var/run/vnetbench/vnb-plan/jail412/bird.ctl -P /var/run/vnetbench/vnb-plan/jail412/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail413
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail413/bird.conf <<'EOF'
# generated by vnetbench for node jail413
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair413b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail413 bird -c /var/run/vnetbench/vnb-plan/jail413/bird.conf -s /var/run/vnetbench/vnb-plan/jail413/bird.ctl -P /var/run/vnetbench/vnb-plan/jail413/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail414
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail414/bird.conf <<'EOF'
# generated by vnetbench for node jail414
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair414b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail414 bird -c /var/run/vnetbench/vnb-plan/jail414/bird.conf -s /var/run/vnetbench/vnb-plan/jail414/bird.ctl -P /var/run/vnetbench/vnb-plan/jail414/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail415
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail415/bird.conf <<'EOF'
# generated by vnetbench for node jail415
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair415b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail415 bird -c /var/run/vnetbench/vnb-plan/jail415/bird.conf -s /var/run/vnetbench/vnb-plan/jail415/bird.ctl -P /var/run/vnetbench/vnb-plan/jail415/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail416
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail416/bird.conf <<'EOF'
# generated by vnetbench for node jail416
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair416b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail416 bird -c /var/run/vnetbench/vnb-plan/jail416/bird.conf -s /var/run/vnetbench/vnb-plan/jail416/bird.ctl -P /var/run/vnetbench/vnb-plan/jail416/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail417
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail417/bird.conf <<'EOF'
# generated by vnetbench for node jail417
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair417b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail417 bird -c /var/run/vnetbench/vnb-plan/jail417/bird.conf -s /var/run/vnetbench/vnb-plan/jail417/bird.ctl -P /var/run/vnetbench/vnb-plan/jail417/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail418
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail418/bird.conf <<'EOF'
# generated by vnetbench for node jail418
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair418b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail418 bird -c /var/run/vnetbench/vnb-plan/jail418/bird.conf -s /var/run/vnetbench/vnb-plan/jail418/bird.ctl -P /var/run/vnetbench/vnb-plan/jail418/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail419
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail419/bird.conf <<'EOF'
# generated by vnetbench for node jail419
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair419b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail419 bird -c /var/run/vnetbench/vnb-plan/jail419/bird.conf -s /var/run/vnetbench/vnb-plan/jail419/bird.ctl -P /var/run/vnetbench/vnb-plan/jail419/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail420
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail420/bird.conf <<'EOF'
# generated by vnetbench for node jail420
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair420b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail420 bird -c /var/run/vnetbench/vnb-plan/jail420/bird.conf -s /var/run/vnetbench/vnb-plan/jail420/bird.ctl -P /var/run/vnetbench/vnb-plan/jail420/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail421
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail421/bird.conf <<'EOF'
# generated by vnetbench for node jail421
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair421b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail421 bird -c /var/run/vnetbench/vnb-plan/jail421/bird.conf -s /var/run/vnetbench/vnb-plan/jail421/bird.ctl -P /var/run/vnetbench/vnb-plan/jail421/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail422
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail422/bird.conf <<'EOF'
# generated by vnetbench for node jail422
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair422b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail422 bird -c /var/run/vnetbench/vnb-plan/jail422/bird.conf -s /var/run/vnetbench/vnb-plan/jail422/bird.ctl -P /var/run/vnetbench/vnb-plan/jail422/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail423
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail423/bird.conf <<'EOF'
# generated by vnetbench for node jail423
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair423b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail423 bird -c /var/run/vnetbench/vnb-plan/jail423/bird.conf -s /var/run/vnetbench/vnb-plan/jail423/bird.ctl -P /var/run/vnetbench/vnb-plan/jail423/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail424
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail424/bird.conf <<'EOF'
# generated by vnetbench for node jail424
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair424b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail424 bird -c /var/run/vnetbench/vnb-plan/jail424/bird.conf -s /var/run/vnetbench/vnb-plan/jail424/bird.ctl -P /var/run/vnetbench/vnb-plan/jail424/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail425
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail425/bird.conf <<'EOF'
# generated by vnetbench for node jail425
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair425b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail425 bird -c /var/run/vnetbench/vnb-plan/jail425/bird.conf -s /var/run/vnetbench/vnb-plan/jail425/bird.ctl -P /var/run/vnetbench/vnb-plan/jail425/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail426
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail426/bird.conf <<'EOF'
# generated by vnetbench for node jail426
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair426b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail426 bird -c /var/run/vnetbench/vnb-plan/jail426/bird.conf -s /var/run/vnetbench/vnb-plan/jail426/bird.ctl -P /var/run/vnetbench/vnb-plan/jail426/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail427
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail427/bird.conf <<'EOF'
# generated by vnetbench for node jail427
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair427b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail427 bird -c /var/run/vnetbench/vnb-plan/jail427/bird.conf -s /var/run/vnetbench/vnb-plan/jail427/bird.ctl -P /var/run/vnetbench/vnb-plan/jail427/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail428
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail428/bird.conf <<'EOF'
# generated by vnetbench for node jail428
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair428b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail428 bird -c /var/run/vnetbench/vnb-plan/jail428/bird.conf -s /var/run/vnetbench/vnb-plan/jail428/bird.ctl -P /var/run/vnetbench/vnb-plan/jail428/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail429
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail429/bird.conf <<'EOF'
# generated by vnetbench for node jail429
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair429b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail429 bird -c /var/run/vnetbench/vnb-plan/jail429/bird.conf -s /var/run/vnetbench/vnb-plan/jail429/bird.ctl -P /var/run/vnetbench/vnb-plan/jail429/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail430
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail430/bird.conf <<'EOF'
# generated by vnetbench for node jail430
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair430b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail430 bird -c /var/run/vnetbench/vnb-plan/jail430/bird.conf -s /var/run/vnetbench/vnb-plan/jail430/bird.ctl -P /var/run/vnetbench/vnb-plan/jail430/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail431
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail431/bird.conf <<'EOF'
# generated by vnetbench for node jail431
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair431b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail431 bird -c /var/run/vnetbench/vnb-plan/jail431/bird.conf -s /var/run/vnetbench/vnb-plan/jail431/bird.ctl -P /var/run/vnetbench/vnb-plan/jail431/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail432
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail432/bird.conf <<'EOF'
# generated by vnetbench for node jail432
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair432b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail432 bird -c /var/run/vnetbench/vnb-plan/jail432/bird.conf -s /var/run/vnetbench/vnb-plan/jail432/bird.ctl -P /var/run/vnetbench/vnb-plan/jail432/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail433
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail433/bird.conf <<'EOF'
# generated by vnetbench for node jail433
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair433b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail433 bird -c /var/run/vnetbench/vnb-plan/jail433/bird.conf -s /var/run/vnetbench/vnb-plan/jail433/bird.ctl -P /var/run/vnetbench/vnb-plan/jail433/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail434
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail434/bird.conf <<'EOF'
# generated by vnetbench for node jail434
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair434b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail434 bird -c /var/run/vnetbench/vnb-plan/jail434/bird.conf -s /var/run/vnetbench/vnb-plan/jail434/bird.ctl -P /var/run/vnetbench/vnb-plan/jail434/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail435
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail435/bird.conf <<'EOF'
# generated by vnetbench for node jail435
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair435b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail435 bird -c /var/run/vnetbench/vnb-plan/jail435/bird.conf -s /var/run/vnetbench/vnb-plan/jail435/bird.ctl -P /var/run/vnetbench/vnb-plan/jail435/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail436
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail436/bird.conf <<'EOF'
# generated by vnetbench for node jail436
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair436b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail436 bird -c /var/run/vnetbench/vnb-plan/jail436/bird.conf -s /var/run/vnetbench/vnb-plan/jail436/bird.ctl -P /var/run/vnetbench/vnb-plan/jail436/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail437
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail437/bird.conf <<'EOF'
# generated by vnetbench for node jail437
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair437b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail437 bird -c /var/run/vnetbench/vnb-plan/jail437/bird.conf -s /var/run/vnetbench/vnb-plan/jail437/bird.ctl -P /var/run/vnetbench/vnb-plan/jail437/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail438
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail438/bird.conf <<'EOF'
# generated by vnetbench for node jail438
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair438b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail438 bird -c /var/run/vnetbench/vnb-plan/jail438/bird.conf -s /var/run/vnetbench/vnb-plan/jail438/bird.ctl -P /var/run/vnetbench/vnb-plan/jail438/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail439
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail439/bird.conf <<'EOF'
# generated by vnetbench for node jail439
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair439b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail439 bird -c /var/run/vnetbench/vnb-plan/jail439/bird.conf -s /var/run/vnetbench/vnb-plan/jail439/bird.ctl -P /var/run/vnetbench/vnb-plan/jail439/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail440
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail440/bird.conf <<'EOF'
# generated by vnetbench for node jail440
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair440b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail440 bird -c /var/run/vnetbench/vnb-plan/jail440/bird.conf -s /var/run/vnetbench/vnb-plan/jail440/bird.ctl -P /var/run/vnetbench/vnb-plan/jail440/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail441
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail441/bird.conf <<'EOF'
# generated by vnetbench for node jail441
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair441b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail441 bird -c /var/run/vnetbench/vnb-plan/jail441/bird.conf -s /var/run/vnetbench/vnb-plan/jail441/bird.ctl -P /var/run/vnetbench/vnb-plan/jail441/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail442
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail442/bird.conf <<'EOF'
# generated by vnetbench for node jail442
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair442b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail442 bird -c /var/run/vnetbench/vnb-plan/jail442/bird.conf -s /var/run/vnetbench/vnb-plan/jail442/bird.ctl -P /var/run/vnetbench/vnb-plan/jail442/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail443
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail443/bird.conf <<'EOF'
# generated by vnetbench for node jail443
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair443b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail443 bird -c /var/run/vnetbench/vnb-plan/jail443/bird.conf -s /var/run/vnetbench/vnb-plan/jail443/bird.ctl -P /var/run/vnetbench/vnb-plan/jail443/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail444
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail444/bird.conf <<'EOF'
# generated by vnetbench for node jail444
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair444b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail444 bird -c /var/run/vnetbench/vnb-plan/jail444/bird.conf -s /var/run/vnetbench/vnb-plan/jail444/bird.ctl -P /var/run/vnetbench/vnb-plan/jail444/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail445
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail445/bird.conf <<'EOF'
# generated by vnetbench for node jail445
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair445b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail445 bird -c /var/run/vnetbench/vnb-plan/jail445/bird.conf -s /var/run/vnetbench/vnb-plan/jail445/bird.ctl -P /var/run/vnetbench/vnb-plan/jail445/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail446
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail446/bird.conf <<'EOF'
# generated by vnetbench for node jail446
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair446b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail446 bird -c /var/run/vnetbench/vnb-plan/jail446/bird.conf -s /var/run/vnetbench/vnb-plan/jail446/bird.ctl -P /var/run/vnetbench/vnb-plan/jail446/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail447
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail447/bird.conf <<'EOF'
# generated by vnetbench for node jail447
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair447b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail447 bird -c /var/run/vnetbench/vnb-plan/jail447/bird.conf -s /var/run/vnetbench/vnb-plan/jail447/bird.ctl -P /var/run/vnetbench/vnb-plan/jail447/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail448
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail448/bird.conf <<'EOF'
# generated by vnetbench for node jail448
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair448b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail448 bird -c /var/run/vnetbench/vnb-plan/jail448/bird.conf -s /var/run/vnetbench/vnb-plan/jail448/bird.ctl -P /var/run/vnetbench/vnb-plan/jail448/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail449
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail449/bird.conf <<'EOF'
# generated by vnetbench for node jail449
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair449b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail449 bird -c /var/run/vnetbench/vnb-plan/jail449/bird.conf -s /var/run/vnetbench/vnb-plan/jail449/bird.ctl -P /var/run/vnetbench/vnb-plan/jail449/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail450
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail450/bird.conf <<'EOF'
# generated by vnetbench for node jail450
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair450b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail450 bird -c /var/run/vnetbench/vnb-plan/jail450/bird.conf -s /var/run/vnetbench/vnb-plan/jail450/bird.ctl -P /var/run/vnetbench/vnb-plan/jail450/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail451
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail451/bird.conf <<'EOF'
# generated by vnetbench for node jail451
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair451b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail451 bird -c /var/run/vnetbench/vnb-plan/jail451/bird.conf -s /var/run/vnetbench/vnb-plan/jail451/bird.ctl -P /var/run/vnetbench/vnb-plan/jail451/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail452
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail452/bird.conf <<'EOF'
# generated by vnetbench for node jail452
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair452b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail452 bird -c /var/run/vnetbench/vnb-plan/jail452/bird.conf -s /var/run/vnetbench/vnb-plan/jail452/bird.ctl -P /var/run/vnetbench/vnb-plan/jail452/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail453
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail453/bird.conf <<'EOF'
# generated by vnetbench for node jail453
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair453b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail453 bird -c /var/run/vnetbench/vnb-plan/jail453/bird.conf -s /var/run/vnetbench/vnb-plan/jail453/bird.ctl -P /var/run/vnetbench/vnb-plan/jail453/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail454
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail454/bird.conf <<'EOF'
# generated by vnetbench for node jail454
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair454b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail454 bird -c /var/run/vnetbench/vnb-plan/jail454/bird.conf -s /var/run/vnetbench/vnb-plan/jail454/bird.ctl -P /var/run/vnetbench/vnb-plan/jail454/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail455
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail455/bird.conf <<'EOF'
# generated by vnetbench for node jail455
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair455b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail455 bird -c /var/run/vnetbench/vnb-plan/jail455/bird.conf -s /var/run/vnetbench/vnb-plan/jail455/bird.ctl -P /var/run/vnetbench/vnb-plan/jail455/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail456
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail456/bird.conf <<'EOF'
# generated by vnetbench for node jail456
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair456b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail456 bird -c /var/run/vnetbench/vnb-plan/jail456/bird.conf -s /var/run/vnetbench/vnb-plan/jail456/bird.ctl -P /var/run/vnetbench/vnb-plan/jail456/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail457
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail457/bird.conf <<'EOF'
# generated by vnetbench for node jail457
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair457b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail457 bird -c /var/run/vnetbench/vnb-plan/jail457/bird.conf -s /var/run/vnetbench/vnb-plan/jail457/bird.ctl -P /var/run/vnetbench/vnb-plan/jail457/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail458
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail458/bird.conf <<'EOF'
# generated by vnetbench for node jail458
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair458b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail458 bird -c /var/run/vnetbench/vnb-plan/jail458/bird.conf -s /var/run/vnetbench/vnb-plan/jail458/bird.ctl -P /var/run/vnetbench/vnb-plan/jail458/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail459
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail459/bird.conf <<'EOF'
# generated by vnetbench for node jail459
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair459b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail459 bird -c /var/run/vnetbench/vnb-plan/jail459/bird.conf -s /var/run/vnetbench/vnb-plan/jail459/bird.ctl -P /var/run/vnetbench/vnb-plan/jail459/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail460
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail460/bird.conf <<'EOF'
# generated by vnetbench for node jail460
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair460b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail460 bird -c /var/run/vnetbench/vnb-plan/jail460/bird.conf -s /var/run/vnetbench/vnb-plan/jail460/bird.ctl -P /var/run/vnetbench/vnb-plan/jail460/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail461
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail461/bird.conf <<'EOF'
# generated by vnetbench for node jail461
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair461b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail461 bird -c /var/run/vnetbench/vnb-plan/jail461/bird.conf -s /var/run/vnetbench/vnb-plan/jail461/bird.ctl -P /var/run/vnetbench/vnb-plan/jail461/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail462
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail462/bird.conf <<'EOF'
# generated by vnetbench for node jail462
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair462b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail462 bird -c /var/run/vnetbench/vnb-plan/jail462/bird.conf -s /var/run/vnetbench/vnb-plan/jail462/bird.ctl -P /var/run/vnetbench/vnb-plan/jail462/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail463
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail463/bird.conf <<'EOF'
# generated by vnetbench for node jail463
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair463b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail463 bird -c /var/run/vnetbench/vnb-plan/jail463/bird.conf -s /var/run/vnetbench/vnb-plan/jail463/bird.ctl -P /var/run/vnetbench/vnb-plan/jail463/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail464
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail464/bird.conf <<'EOF'
# generated by vnetbench for node jail464
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair464b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail464 bird -c /var/run/vnetbench/vnb-plan/jail464/bird.conf -s /var/run/vnetbench/vnb-plan/jail464/bird.ctl -P /var/run/vnetbench/vnb-plan/jail464/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail465
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail465/bird.conf <<'EOF'
# generated by vnetbench for node jail465
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair465b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail465 bird -c /var/run/vnetbench/vnb-plan/jail465/bird.conf -s /var/run/vnetbench/vnb-plan/jail465/bird.ctl -P /var/run/vnetbench/vnb-plan/jail465/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail466
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail466/bird.conf <<'EOF'
# generated by vnetbench for node jail466
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair466b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail466 bird -c /var/run/vnetbench/vnb-plan/jail466/bird.conf -s /var/run/vnetbench/vnb-plan/jail466/bird.ctl -P /var/run/vnetbench/vnb-plan/jail466/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail467
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail467/bird.conf <<'EOF'
# generated by vnetbench for node jail467
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair467b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail467 bird -c /var/run/vnetbench/vnb-plan/jail467/bird.conf -s /var/run/vnetbench/vnb-plan/jail467/bird.ctl -P /var/run/vnetbench/vnb-plan/jail467/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail468
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail468/bird.conf <<'EOF'
# generated by vnetbench for node jail468
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair468b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail468 bird -c /var/run/vnetbench/vnb-plan/jail468/bird.conf -s /var/run/vnetbench/vnb-plan/jail468/bird.ctl -P /var/run/vnetbench/vnb-plan/jail468/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail469
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail469/bird.conf <<'EOF'
# generated by vnetbench for node jail469
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair469b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail469 bird -c /var/run/vnetbench/vnb-plan/jail469/bird.conf -s /var/run/vnetbench/vnb-plan/jail469/bird.ctl -P /var/run/vnetbench/vnb-plan/jail469/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail470
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail470/bird.conf <<'EOF'
# generated by vnetbench for node jail470
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair470b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail470 bird -c /var/run/vnetbench/vnb-plan/jail470/bird.conf -s /var/run/vnetbench/vnb-plan/jail470/bird.ctl -P /var/run/vnetbench/vnb-plan/jail470/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail471
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail471/bird.conf <<'EOF'
# generated by vnetbench for node jail471
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair471b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail471 bird -c /var/run/vnetbench/vnb-plan/jail471/bird.conf -s /var/run/vnetbench/vnb-plan/jail471/bird.ctl -P /var/run/vnetbench/vnb-plan/jail471/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail472
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail472/bird.conf <<'EOF'
# generated by vnetbench for node jail472
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair472b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail472 bird -c /var/run/vnetbench/vnb-plan/jail472/bird.conf -s /var/run/vnetbench/vnb-plan/jail472/bird.ctl -P /var/run/vnetbench/vnb-plan/jail472/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail473
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail473/bird.conf <<'EOF'
# generated by vnetbench for node jail473
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair473b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail473 bird -c /var/run/vnetbench/vnb-plan/jail473/bird.conf -s /var/run/vnetbench/vnb-plan/jail473/bird.ctl -P /var/run/vnetbench/vnb-plan/jail473/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail474
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail474/bird.conf <<'EOF'
# generated by vnetbench for node jail474
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair474b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail474 bird -c /var/run/vnetbench/vnb-plan/jail474/bird.conf -s /var/run/vnetbench/vnb-plan/jail474/bird.ctl -P /var/run/vnetbench/vnb-plan/jail474/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail475
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail475/bird.conf <<'EOF'
# generated by vnetbench for node jail475
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair475b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail475 bird -c /var/run/vnetbench/vnb-plan/jail475/bird.conf -s /var/run/vnetbench/vnb-plan/jail475/bird.ctl -P /var/run/vnetbench/vnb-plan/jail475/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail476
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail476/bird.conf <<'EOF'
# generated by vnetbench for node jail476
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair476b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail476 bird -c /var/run/vnetbench/vnb-plan/jail476/bird.conf -s /var/run/vnetbench/vnb-plan/jail476/bird.ctl -P /var/run/vnetbench/vnb-plan/jail476/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail477
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail477/bird.conf <<'EOF'
# generated by vnetbench for node jail477
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair477b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail477 bird -c /var/run/vnetbench/vnb-plan/jail477/bird.conf -s /var/run/vnetbench/vnb-plan/jail477/bird.ctl -P /var/run/vnetbench/vnb-plan/jail477/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail478
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail478/bird.conf <<'EOF'
# generated by vnetbench for node jail478
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair478b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail478 bird -c /var/run/vnetbench/vnb-plan/jail478/bird.conf -s /var/run/vnetbench/vnb-plan/jail478/bird.ctl -P /var/run/vnetbench/vnb-plan/jail478/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail479
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail479/bird.conf <<'EOF'
# generated by vnetbench for node jail479
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair479b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail479 bird -c /var/run/vnetbench/vnb-plan/jail479/bird.conf -s /var/run/vnetbench/vnb-plan/jail479/bird.ctl -P /var/run/vnetbench/vnb-plan/jail479/bird.pid
mkdir -p /var/run/vnetbench/vnb-plan/jail480
cp /dev/stdin /var/run/vnetbench/vnb-plan/jail480/bird.conf <<'EOF'
# generated by vnetbench for node jail480
log stderr all;
protocol device {}
protocol kernel { persist; ipv4 { export all; }; }
protocol ospf v2 {
  ipv4 { export all; import all; };
  area 0 {
    interface "epair480b" {
      hello 60;
      dead 240;
    };
    interface "lo1" {
      stub yes;
    };
  };
}
EOF
jexec vnb-plan-jail480 bird -c /var/run/vnetbench/vnb-plan/jail480/bird.conf -s /var/run/vnetbench/vnb-plan/jail480/bird.ctl -P /var/run/vnetbench/vnb-plan/jail480/bird.pid

# --- release (480 steps; vnetbench runs a phase's steps concurrently) ---
